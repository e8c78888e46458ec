using System.Text.RegularExpressions;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Search;

/// <summary>
/// The abbreviations the texts define themselves ("the African Union (AU)"), found from the content at
/// index time, plus the two the texts use without defining: UN and, everywhere, GSI.
/// </summary>
public sealed partial class Abbreviations
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "on", "the", "and", "for", "a", "with", "in" };
    private static readonly (string Short, string Long)[] Undefined = [("UN", "United Nations"), ("GSI", "Global Security Initiative")];

    [GeneratedRegex(@"\(([A-Z]{2,8})\)")]
    private static partial Regex Definition();

    private readonly Dictionary<string, string> longByShort;

    private Abbreviations(Dictionary<string, string> longByShort) => this.longByShort = longByShort;

    /// <summary>Abbreviation → long form, e.g. NPT → "Treaty on the Non-proliferation of Nuclear Weapons".</summary>
    public IReadOnlyDictionary<string, string> LongForms => longByShort;


    public static Abbreviations From(IEnumerable<string> texts)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (Match m in Definition().Matches(text))
                if (LongForm(text[..m.Index], m.Groups[1].Value) is { } longForm)
                    found.TryAdd(m.Groups[1].Value, longForm);
        foreach (var (s, l) in Undefined) found.TryAdd(s, l);
        return new Abbreviations(found);
    }

    /// <summary>The abbreviations the texts define, then those of the curated list (content/search-terms.yml) they do not.</summary>
    public static Abbreviations From(ContentLibrary library)
    {
        var found = From(library.Paragraphs.Select(p => p.Text));
        foreach (var (s, l) in library.SearchTerms.Abbreviations) found.longByShort.TryAdd(s, l);
        return found;
    }

    /// <summary>
    /// The words before "(ABBR)" that it stands for: as many words as it has letters when their initials spell it
    /// ("artificial intelligence (AI)"), else the run of capitalised words and connectors before it
    /// ("Treaty on the Non-proliferation of Nuclear Weapons (NPT)").
    /// </summary>
    internal static string? LongForm(string before, string abbreviation)
    {
        var words = before.TrimEnd().Split(' ');
        if (words.Length >= abbreviation.Length)
        {
            var candidate = words[^abbreviation.Length..];
            if (string.Concat(candidate.Select(w => char.ToUpperInvariant(w.FirstOrDefault()))) == abbreviation && candidate.All(w => w.All(c => char.IsLetter(c) || c == '-')))
                return string.Join(' ', candidate);
        }
        var run = new List<string>();
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var w = words[i];
            if (w.Length == 0 || !w.All(c => char.IsLetter(c) || c == '-' || c == '\'')) break;
            if (!char.IsUpper(w[0]) && !Connectors.Contains(w)) break;
            run.Insert(0, w);
        }
        while (run.Count > 0 && !char.IsUpper(run[0][0])) run.RemoveAt(0);
        return run.Count >= 2 && run.Any(w => w[0] == abbreviation[0]) ? string.Join(' ', run) : null;
    }
}
