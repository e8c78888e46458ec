using System.Text.RegularExpressions;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Glossary;

/// <summary>
/// A glossary term's pattern (<see cref="GlossaryReader.Pattern"/>) with the longest run of letters and digits that
/// every match must hold, so that a text without that run is refused before the pattern runs. The edition's build runs
/// each term's patterns over every paragraph, twice (the key terms' concordance, the commentaries' cross-references),
/// and the texts that hold a term are few: scanned by the regular expression's interpreter, those refusals were the
/// largest part of the cross-references' build at start-up (docs/performance.md, eleventh session). The answers are
/// the pattern's own: the run is only a condition every match meets.
/// </summary>
public sealed class TermPattern
{
    /// <summary>
    /// Characters that <see cref="RegexOptions.IgnoreCase"/> (culture-invariant) takes for a letter a–z but an ordinal
    /// comparison ignoring case does not: the Kelvin sign for k. A text holding one is always given to the pattern.
    /// <c>TermPatternTests</c> checks every character against the running .NET's tables.
    /// </summary>
    internal const string RegexOnlyEquivalents = "\u212A";

    private readonly string? required;

    public TermPattern(string term)
    {
        Regex = GlossaryReader.Pattern(term);
        // Every piece of every word stands in a match as written, in any case: the pattern puts optional dashes only
        // between a word's hyphenated pieces, quotes only for its apostrophes, and spaces or a comma between words.
        required = Words.Of(term).SelectMany(w => w.Key.Split('-', '\''))
            .Where(piece => piece.Length > 0 && piece.All(char.IsAsciiLetterOrDigit))
            .OrderByDescending(piece => piece.Length).FirstOrDefault();
    }

    /// <summary>The term's pattern itself.</summary>
    public Regex Regex { get; }

    /// <summary>The run of letters every match holds (none when no piece of the term is plain ASCII).</summary>
    public string? Required => required;

    /// <summary>False only where the pattern cannot match: the text lacks the required run in any case.</summary>
    public bool MayMatch(string text) =>
        required is null || text.Contains(required, StringComparison.OrdinalIgnoreCase) || text.AsSpan().IndexOfAny(RegexOnlyEquivalents) >= 0;

    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary>The first match, or <see cref="System.Text.RegularExpressions.Match.Empty"/> (not a success), as <see cref="Regex.Match(string)"/> answers.</summary>
    public Match Match(string text) => MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    public IEnumerable<Match> Matches(string text) => MayMatch(text) ? Regex.Matches(text) : [];
}
