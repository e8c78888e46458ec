using System.Diagnostics;
using System.Globalization;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Editions.Archive;

/// <summary>
/// Seeds the archive from the content folder's git history, so that every edition already cited (the ids issued
/// before the archive existed) is served too: each commit that changed the folder is read as the site would have
/// read it then, archived under its edition id, and the id the site issued for it then kept as an alias.
/// </summary>
public static class GitImport
{
    /// <summary>One commit's outcome, for the command's report.</summary>
    public sealed record Imported(string Commit, DateTimeOffset When, string Edition, string Issued, bool Loads, string? Problem);

    public static IReadOnlyList<Imported> Run(string contentFolder, EditionArchive archive, TextWriter log)
    {
        var root = Git(contentFolder, "rev-parse", "--show-toplevel").Trim();
        var prefix = Git(contentFolder, "rev-parse", "--show-prefix").Trim();
        var commits = Git(root, "log", "--reverse", "--format=%H %cI", "--", prefix.Length == 0 ? "." : prefix)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2))
            .Select(parts => (Commit: parts[0], When: DateTimeOffset.Parse(parts[1], CultureInfo.InvariantCulture)));
        var imported = new List<Imported>();
        foreach (var (commit, when) in commits)
        {
            var names = Git(root, "ls-tree", "--name-only", commit, prefix.Length == 0 ? "." : prefix)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(path => path[prefix.Length..])
                .ToList();
            // Read as ContentFiles would have: top-level Markdown that is not an editor's by-product, and the curated lists.
            var files = names.Where(ContentFiles.IsContent).Select(name => (name, Git(root, "show", $"{commit}:{prefix}{name}"))).ToList();
            var terms = names.Contains(SearchTerms.FileName) ? Git(root, "show", $"{commit}:{prefix}{SearchTerms.FileName}") : null;
            var antonyms = names.Contains(Quotes.Antonyms.FileName) ? Git(root, "show", $"{commit}:{prefix}{Quotes.Antonyms.FileName}") : null;
            var links = names.Contains(CrossReferences.LinkJudgements.FileName) ? Git(root, "show", $"{commit}:{prefix}{CrossReferences.LinkJudgements.FileName}") : null;
            var (edition, issued) = ContentVersion.Of(files, terms, antonyms, links);
            // Read as history: what today's checks only advise against (a [sic] word the text lacks) does not keep it out.
            var result = ContentLoader.LoadHistory(files, $"git {commit[..12]}", terms, antonyms, links: links);
            var short12 = commit[..12];
            if (result.IsValid)
            {
                archive.Store(result.Library!, when, $"git {short12}");
            }
            else
            {
                // Content today's checks refuse is archived all the same: its id was issued, and the edition's page says why it cannot be shown.
                archive.Store(edition, files, terms, DateOnly.FromDateTime(when.UtcDateTime), [], when, $"git {short12}", antonyms, links);
                archive.AddAlias(issued, edition);
            }
            // Before the antonyms were part of an edition, these texts were issued under the id of the texts alone.
            archive.AddAlias(ContentVersion.OfTextsAlone(files), edition);
            var problem = result.IsValid ? null : result.Errors.FirstOrDefault()?.ToString();
            imported.Add(new Imported(short12, when, edition, issued, result.IsValid, problem));
            var warning = result.Warnings.FirstOrDefault() is { } w ? $"; served with a warning: {w}" : "";
            log.WriteLine($"{short12} {when:yyyy-MM-dd}: edition {edition} (issued as {issued}){(problem is null ? warning : $"; not readable today: {problem}")}");
        }
        return imported;
    }

    /// <summary>Runs git and returns its standard output; git's own message when it fails.</summary>
    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors.Result.Trim()}");
        return output;
    }
}
