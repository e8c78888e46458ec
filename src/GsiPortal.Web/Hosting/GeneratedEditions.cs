using GsiPortal.Core.Content;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Made-up editions for measuring the archive and testing it under load (never for a site's archive): edition n
/// is the content with n changelog entries more and the word "n" added to the last paragraph of the last file.
/// The same count gives the same editions, so two processes generating at once write the same files.
/// </summary>
public static class GeneratedEditions
{
    public static IEnumerable<ContentLibrary> Of(string contentFolder, int count)
    {
        var (files, problems) = ContentFiles.Read(contentFolder);
        if (files is null || problems.Count > 0) throw new InvalidOperationException($"the content folder {contentFolder} cannot be read");
        var (terms, _) = ContentFiles.ReadSearchTerms(contentFolder);
        var commentary = files.Last(f => f.Name != "changes.md" && f.Name != "glossary.md" && f.Name != "paper.md").Name;
        for (var n = 1; n <= count; n++)
        {
            var edited = files.Select(f => f.Name switch
            {
                "changes.md" => (f.Name, AddEntries(f.Markdown, n)),
                var name when name == commentary => (f.Name, f.Markdown.TrimEnd() + $" {n}\n"),
                _ => f,
            }).ToList();
            var loaded = ContentLoader.Load(edited, $"generated {n}", terms);
            if (!loaded.IsValid) throw new InvalidOperationException($"generated edition {n} is not valid: {loaded.Errors[0]}");
            yield return loaded.Library!;
        }
    }

    private static string AddEntries(string changelog, int n)
    {
        var end = changelog.IndexOf("\n---", 4, StringComparison.Ordinal);
        var entries = string.Concat(Enumerable.Range(1, n).Select(i =>
            $"  - id: generated-{i}\n    date: 2027-01-{(i % 28) + 1:00}\n    kind: annotated\n    texts: [paper]\n    summary: \"Generated edition {i}, for measurement.\"\n"));
        return changelog[..(end + 1)] + entries + changelog[(end + 1)..];
    }
}
