using GsiPortal.Core.CrossReferences;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GsiPortal.Core.Content;

/// <summary>Reads and checks content/links.yml against the library it annotates, reporting each problem with its line.</summary>
internal static class LinkJudgementsReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    private sealed class Shape
    {
        [YamlMember(Alias = "links")] public List<Entry?>? Links { get; set; }
    }

    private sealed class Entry
    {
        [YamlMember(Alias = "commentary")] public string? Commentary { get; set; }
        [YamlMember(Alias = "paragraph")] public string? Paragraph { get; set; }
        [YamlMember(Alias = "item")] public string? Item { get; set; }
        [YamlMember(Alias = "strength")] public string? Strength { get; set; }
        [YamlMember(Alias = "why")] public string? Why { get; set; }
    }

    private static readonly Dictionary<string, JudgedStrength> Strengths = new(StringComparer.Ordinal)
    {
        ["none"] = JudgedStrength.None,
        ["mentioned"] = JudgedStrength.Mentioned,
        ["discussed"] = JudgedStrength.Discussed,
        ["discussed at length"] = JudgedStrength.DiscussedAtLength,
    };

    public static LinkJudgements Read(string? yaml, ContentLibrary library, List<ContentError> errors)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return LinkJudgements.Empty;
        const string file = LinkJudgements.FileName;
        Shape? shape;
        try
        {
            shape = Yaml.Deserialize<Shape?>(yaml);
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(file, (int)e.Start.Line, $"malformed link judgements: {e.InnerException?.Message ?? e.Message}"));
            return LinkJudgements.Empty;
        }
        var judgements = new List<LinkJudgement>();
        var seen = new HashSet<(Paragraph, PaperItem)>();
        var n = 0;
        foreach (var entry in shape?.Links ?? [])
        {
            n++;
            var line = LineOfEntry(yaml, n);
            var commentary = library.FindCommentary(entry?.Commentary ?? "");
            var paragraph = commentary?.FindParagraph(entry?.Paragraph ?? "");
            var item = library.Paper.Items.FirstOrDefault(i => i.Anchor == entry?.Item);
            string? problem =
                entry is null ? "an entry names commentary, paragraph, item, strength and why"
                : commentary is null ? $"no commentary has the id '{entry.Commentary}'"
                : paragraph is null ? $"{commentary.Id} has no paragraph '{entry.Paragraph}' (write p1, p2, …)"
                : item is null ? $"the paper has no item '{entry.Item}' (write commitment-4, priority-5, platform-2, …)"
                : !Strengths.ContainsKey(entry.Strength ?? "") ? $"strength '{entry.Strength}' is none of: {string.Join(", ", Strengths.Keys)}"
                : string.IsNullOrWhiteSpace(entry.Why) ? "every judgement says why, in the editors' words"
                : !seen.Add((paragraph, item)) ? $"{commentary.Id} {paragraph.Anchor} against {item.Anchor} is judged twice"
                : null;
            if (problem is not null) errors.Add(new ContentError(file, line, problem));
            else judgements.Add(new LinkJudgement(paragraph!, item!, Strengths[entry!.Strength!], entry.Why!.Trim()));
        }
        return new LinkJudgements(judgements);
    }

    /// <summary>The line of the n-th list entry ("  - commentary: …"), for messages.</summary>
    private static int LineOfEntry(string yaml, int n)
    {
        var lines = yaml.Split('\n');
        for (int i = 0, seen = 0; i < lines.Length; i++)
            if (lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal) && ++seen == n) return i + 1;
        return 1;
    }
}
