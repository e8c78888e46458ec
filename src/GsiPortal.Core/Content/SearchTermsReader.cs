using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GsiPortal.Core.Content;

/// <summary>Reads and checks content/search-terms.yml, reporting each problem with its line.</summary>
internal static class SearchTermsReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    private sealed class Shape
    {
        [YamlMember(Alias = "abbreviations")] public Dictionary<string, string>? Abbreviations { get; set; }
        [YamlMember(Alias = "derivations")] public List<List<string>>? Derivations { get; set; }
        [YamlMember(Alias = "paraphrases")] public Dictionary<string, List<string>>? Paraphrases { get; set; }
        [YamlMember(Alias = "general")] public List<string>? General { get; set; }
        [YamlMember(Alias = "nouns")] public List<string>? Nouns { get; set; }
    }

    public static SearchTerms Read(string? yaml, List<ContentError> errors)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return SearchTerms.Empty;
        const string file = SearchTerms.FileName;
        Shape? shape;
        try
        {
            shape = Yaml.Deserialize<Shape?>(yaml);
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(file, (int)e.Start.Line, $"malformed search terms: {e.InnerException?.Message ?? e.Message}"));
            return SearchTerms.Empty;
        }
        if (shape is null) return SearchTerms.Empty;

        var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (shortForm, longForm) in shape.Abbreviations ?? [])
        {
            // An abbreviation is what a reader types in capitals: two to eight characters, mostly capital letters.
            if (shortForm.Length is < 2 or > 8 || shortForm.Count(char.IsUpper) < 2 || !shortForm.All(c => char.IsLetterOrDigit(c) || c == '.'))
                errors.Add(new ContentError(file, LineOf(yaml, shortForm), $"abbreviation '{shortForm}' must be 2 to 8 letters, digits or dots, with at least two capitals"));
            else if (string.IsNullOrWhiteSpace(longForm))
                errors.Add(new ContentError(file, LineOf(yaml, shortForm), $"abbreviation '{shortForm}' has no long form"));
            else
                abbreviations[shortForm] = longForm.Trim();
        }
        var derivations = new List<IReadOnlyList<string>>();
        foreach (var group in shape.Derivations ?? [])
        {
            var words = (group ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).ToList();
            if (words.Count < 2)
                errors.Add(new ContentError(file, LineOf(yaml, words.FirstOrDefault() ?? "derivations"), "a derivation lists at least two forms"));
            else
                derivations.Add(words);
        }
        var paraphrases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (reader, texts) in shape.Paraphrases ?? [])
        {
            var targets = (texts ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).ToList();
            if (string.IsNullOrWhiteSpace(reader) || targets.Count == 0)
                errors.Add(new ContentError(file, LineOf(yaml, reader ?? "paraphrases"), $"paraphrase '{reader}' lists no words of the texts"));
            else if (!paraphrases.TryAdd(reader.Trim(), targets))
                errors.Add(new ContentError(file, LineOf(yaml, reader), $"paraphrase '{reader}' is listed twice"));
        }
        var general = Words(shape.General, "general", yaml, errors);
        var nouns = Words(shape.Nouns, "nouns", yaml, errors);
        return new SearchTerms(abbreviations, derivations, paraphrases) { General = general, Nouns = nouns };
    }

    private static List<string> Words(List<string>? listed, string key, string yaml, List<ContentError> errors)
    {
        var words = new List<string>();
        foreach (var word in listed ?? [])
        {
            // One word of letters each: a phrase or a stray punctuation mark would weigh nothing it could match.
            if (string.IsNullOrWhiteSpace(word) || !word.Trim().All(char.IsLetter))
                errors.Add(new ContentError(SearchTerms.FileName, LineOf(yaml, key), $"{key} word '{word}' must be one word of letters"));
            else
                words.Add(word.Trim().ToLowerInvariant());
        }
        return words;
    }

    /// <summary>The first line that starts (after indentation) with the key, for a message a reader can act on.</summary>
    private static int LineOf(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].TrimStart().TrimStart('-', ' ', '[').StartsWith(key, StringComparison.Ordinal)) return i + 1;
        return 1;
    }
}
