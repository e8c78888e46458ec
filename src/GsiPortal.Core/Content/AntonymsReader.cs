using System.Text.RegularExpressions;
using GsiPortal.Core.Quotes;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GsiPortal.Core.Content;

/// <summary>Reads and checks content/antonyms.yml, reporting each problem with its line.</summary>
internal static partial class AntonymsReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex Word();

    /// <summary>A side of a pair: a word, or a phrase of words separated by single spaces ("take into account").</summary>
    [GeneratedRegex("^[a-z]+(-[a-z]+)*( [a-z]+(-[a-z]+)*)*$")]
    private static partial Regex Side();

    private sealed class Shape
    {
        [YamlMember(Alias = "antonyms")] public List<List<string>>? Pairs { get; set; }
        [YamlMember(Alias = "forms")] public Dictionary<string, string>? Forms { get; set; }
    }

    public static Antonyms Read(string? yaml, List<ContentError> errors)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return Antonyms.Empty;
        const string file = Antonyms.FileName;
        Shape? shape;
        try
        {
            shape = Yaml.Deserialize<Shape?>(yaml);
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(file, (int)e.Start.Line, $"malformed antonyms: {e.InnerException?.Message ?? e.Message}"));
            return Antonyms.Empty;
        }
        if (shape is null) return Antonyms.Empty;

        var pairs = new List<(string, string)>();
        var seen = new HashSet<(string, string)>();
        foreach (var pair in shape.Pairs ?? [])
        {
            var words = (pair ?? []).Select(w => (w ?? "").Trim()).ToList();
            // The pair's line, looked for only when it is reported: split and searched for every pair, it was a
            // tenth of the content's read at start-up (docs/performance.md).
            int Line() => LineOf(yaml, $"[{string.Join(", ", words)}]");
            if (words.Count != 2 || words[0] == words[1])
                errors.Add(new ContentError(file, Line(), $"an antonym pair is two different words, not [{string.Join(", ", words)}]"));
            else if (words.FirstOrDefault(w => !Side().IsMatch(w)) is { } bad)
                errors.Add(new ContentError(file, Line(), $"'{bad}' is not a word or phrase in lower case (letters and hyphens, words separated by one space)"));
            else if (!seen.Add(words[0].CompareTo(words[1]) < 0 ? (words[0], words[1]) : (words[1], words[0])))
                errors.Add(new ContentError(file, Line(), $"the pair [{words[0]}, {words[1]}] is listed twice"));
            else
                pairs.Add((words[0], words[1]));
        }
        // A form may name any word of a pair, a word of a phrase too ("taken: take" for "take into account").
        var inPairs = pairs.SelectMany(p => p.Item1.Split(' ').Concat(p.Item2.Split(' '))).ToHashSet(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, word) in shape.Forms ?? [])
        {
            if (!Word().IsMatch(form ?? "") || !inPairs.Contains(word ?? ""))
                errors.Add(new ContentError(file, LineOf(yaml, $"{form}:"), $"the form '{form}' must name a word of a pair, not '{word}'"));
            else
                forms[form!] = word!;
        }
        return new Antonyms(pairs, forms);
    }

    private static int LineOf(string yaml, string text)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Contains(text, StringComparison.Ordinal)) return i + 1;
        return 1;
    }
}
