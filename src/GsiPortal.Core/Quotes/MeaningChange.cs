using System.Text.RegularExpressions;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>The kinds of change that can turn what a text says into something else, beyond a mere difference of words.</summary>
public enum MeaningChangeKind { Negation, Modal, Quantifier, Number, Antonym }

/// <summary>
/// A change that may alter the meaning: a negation dropped or added, a modal or quantifier changed, a number
/// changed. <see cref="Description"/> says it in words, naming the source's word and the quotation's.
/// </summary>
public sealed partial record MeaningChange(MeaningChangeKind Kind, string Quoted, string Source, string Description)
{
    /// <summary>"not", "no", "never" and their kin, with "cannot" and every "n't".</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "cannot", "without" };
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "must", "should", "may", "might", "shall", "will", "would", "can", "could", "ought", "need" };
    /// <summary>"no" and "none" are left to the negations, so that one dropped "no" is reported once.</summary>
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal) { "all", "some", "every", "any", "each", "most", "many", "few", "several", "both", "only" };
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "million", "billion", "trillion", "dozen", "first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth", "half", "twice", "double", "triple",
    };

    [GeneratedRegex(@"^\d")]
    private static partial Regex Digit();

    /// <summary>The meaning changes within one difference (an ellipsis can hide a "not" as well as any other cut).</summary>
    public static List<MeaningChange> In(QuoteDifference difference) => In(difference, Antonyms.Empty);

    /// <summary>The meaning changes within one difference, with a word replaced by its opposite among them.</summary>
    public static List<MeaningChange> In(QuoteDifference difference, Antonyms antonyms)
    {
        // Words given in another order are the same words (no negation, modal or number among those that differ): the order is reported.
        if (difference.Kind == DifferenceKind.Transposed) return [];
        var quoted = QuoteWords.Of(difference.Quoted);
        var source = QuoteWords.Of(difference.Source);
        var changes = new List<MeaningChange>();
        // The same word spelt apart or hyphenated ("non traditional", "non-traditional") changes nothing.
        if (quoted.Count > 0 && Joined(quoted) == Joined(source)) return changes;
        // The same words contracted or spelt out ("won't" for "will not") change nothing either: a difference of form.
        if (Contraction.Is(difference)) return changes;

        var (qNeg, sNeg) = (quoted.Where(w => IsNegation(w.Key)).ToList(), source.Where(w => IsNegation(w.Key)).ToList());
        if (sNeg.Count > qNeg.Count)
            changes.Add(new(MeaningChangeKind.Negation, Join(qNeg), Join(sNeg), $"Negation dropped: the text says “{Join(sNeg)}”, the quotation does not."));
        else if (qNeg.Count > sNeg.Count)
            changes.Add(new(MeaningChangeKind.Negation, Join(qNeg), Join(sNeg), $"Negation added: the quotation says “{Join(qNeg)}”, the text does not."));
        // As many negations, but other ones: "never" for "not" says more than the text (at no time, not only now), and
        // "not" for "never" less; a journalist wants either flagged, not left among the replacements unjudged (review 20 D12).
        // "won't" for "cannot" is the same "not" (the modal beside it is the modal's change).
        else if (qNeg.Count > 0 && !qNeg.Select(w => NegatingWord(w.Key)).Order(StringComparer.Ordinal).SequenceEqual(sNeg.Select(w => NegatingWord(w.Key)).Order(StringComparer.Ordinal)))
            changes.Add(new(MeaningChangeKind.Negation, Join(qNeg), Join(sNeg), NegationChanged(Join(sNeg), Join(qNeg), qNeg.Sum(w => Strength(w.Key)) - sNeg.Sum(w => Strength(w.Key)))));

        // Words put in another's place are "replaced", not "dropped" and "added" ("major" where the text says "all").
        var replacing = difference.Kind == DifferenceKind.Substituted ? difference.Quoted : null;
        var replaced = difference.Kind == DifferenceKind.Substituted ? difference.Source : null;
        AddChanged(changes, MeaningChangeKind.Modal, "Modal", quoted.Select(w => Modal(w.Key)).OfType<string>().ToList(), source.Select(w => Modal(w.Key)).OfType<string>().ToList(), replacing, replaced);
        AddChanged(changes, MeaningChangeKind.Quantifier, "Quantifier", Texts(quoted, Quantifiers.Contains), Texts(source, Quantifiers.Contains), replacing, replaced);
        AddChanged(changes, MeaningChangeKind.Number, "Number", Texts(quoted, IsNumber), Texts(source, IsNumber), replacing, replaced);
        // "some" for "all" is already a changed quantifier: an opposite is flagged when nothing else was.
        if (difference.Kind == DifferenceKind.Substituted && changes.Count == 0) AddReversed(changes, quoted, source, antonyms);
        return changes;
    }

    /// <summary>
    /// Words of the text replaced by their opposite ("oppose" by "support", "taken seriously" by "ignored"), or a word's
    /// polarity turned ("legitimate" by "illegitimate", "non-interference" by "interference").
    /// </summary>
    private static void AddReversed(List<MeaningChange> changes, List<Word> quoted, List<Word> source, Antonyms antonyms)
    {
        if (antonyms.Reversal(quoted.Select(w => w.Key).ToList(), source.Select(w => w.Key).ToList()) is { } found)
        {
            var (q, s) = found;
            Reversed(changes, Join(quoted.GetRange(q.Start, q.Length)), Join(source.GetRange(s.Start, s.Length)));
            return;
        }
        foreach (var qw in quoted)
            foreach (var sw in source)
                if (PolarityTurned(qw.Key, sw.Key))
                {
                    Reversed(changes, qw.Text, sw.Text);
                    return;
                }
    }

    private static void Reversed(List<MeaningChange> changes, string quoted, string source) =>
        changes.Add(new(MeaningChangeKind.Antonym, quoted, source,
            $"Meaning reversed: the text says “{source}”, the quotation puts its opposite, “{quoted}”, in its place."));

    /// <summary>One word is the other with a negating prefix: non-, un-, in-, im-, il-, ir-, dis-.</summary>
    private static bool PolarityTurned(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        if (b.Length < 4) return false;
        foreach (var prefix in NegatingPrefixes)
            if (a.Length == b.Length + prefix.Length && a.StartsWith(prefix, StringComparison.Ordinal) && a.EndsWith(b, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] NegatingPrefixes = ["non-", "non", "un", "in", "im", "il", "ir", "dis"];

    private static void AddChanged(List<MeaningChange> changes, MeaningChangeKind kind, string name, List<string> quoted, List<string> source, string? replacing, string? replaced)
    {
        // Compared by key ("All" is "all", "5000" is "5,000", "twelve" is "12"), told in the words' own spelling.
        static IEnumerable<string> Keys(List<string> words) => words.SelectMany(w => QuoteWords.Of(w).Select(x => x.Key));
        if (Keys(quoted).Order(StringComparer.Ordinal).SequenceEqual(Keys(source).Order(StringComparer.Ordinal))) return;
        string q = Join(quoted), s = Join(source);
        var description = (quoted.Count, source.Count) switch
        {
            (0, _) when replacing is not null => $"{name} replaced: the text says “{replaced}”, the quotation puts “{replacing}” in its place.",
            (_, 0) when replaced is not null => $"{name} put in: the quotation says “{replacing}” where the text says “{replaced}”.",
            (0, _) => $"{name} dropped: the text says “{s}”, the quotation leaves it out.",
            (_, 0) => $"{name} added: the quotation says “{q}”, the text does not.",
            _ => $"{name} changed: the text says “{s}”, the quotation “{q}”.",
        };
        changes.Add(new(kind, q, s, description));
    }

    /// <summary>The modal a word is or holds: "cannot" and "can't" hold "can", "won't" holds "will"; their negation is counted apart.</summary>
    private static string? Modal(string key)
    {
        var stem = key == "cannot" ? "can" : key.EndsWith("n't", StringComparison.Ordinal) ? key[..^3] switch { "ca" => "can", "won" => "will", "sha" => "shall", var other => other } : key;
        return Modals.Contains(stem) ? stem : null;
    }

    /// <summary>The negating word itself: "not" for "cannot" and every "n't", which hold it; any other negation as it is.</summary>
    /// <summary>
    /// A negation put for another, said as what it does: "never" for "not" strengthens it — both negate, and the
    /// quotation says more than the text (at no time, not only now), no reversal, which "Negation changed" over "the
    /// meaning changes" let a reader take it for (review 21, D6) — "not" for "never" weakens it. Still flagged either
    /// way: a journalist checking the quotation wants both. Others of the same strength ("nor" for "no") are "changed".
    /// </summary>
    private static string NegationChanged(string source, string quoted, int stronger) => stronger switch
    {
        > 0 => $"Negation strengthened: the text says “{source}”, the quotation “{quoted}”, which says more than the text.",
        < 0 => $"Negation weakened: the text says “{source}”, the quotation “{quoted}”, which says less than the text.",
        _ => $"Negation changed: the text says “{source}”, the quotation “{quoted}”.",
    };

    /// <summary>How much a negation denies: "never", "none", "nothing", "nobody" (at no time, not one) more than "not" or "no".</summary>
    private static int Strength(string key) => key is "never" or "none" or "nothing" or "nobody" ? 2 : 1;

    private static string NegatingWord(string key) => key == "cannot" || key.EndsWith("n't", StringComparison.Ordinal) ? "not" : key;

    internal static bool IsNegation(string key) => Negations.Contains(key) || key.EndsWith("n't", StringComparison.Ordinal);

    private static bool IsNumber(string key) => NumberWords.Contains(key) || Digit().IsMatch(key);

    private static List<string> Texts(List<Word> words, Func<string, bool> kind) => words.Where(w => kind(w.Key)).Select(w => w.Text).ToList();

    private static string Joined(List<Word> words) => string.Concat(words.Select(w => w.Key)).Replace("-", "", StringComparison.Ordinal);

    private static string Join(IEnumerable<string> words) => string.Join(' ', words);

    private static string Join(IEnumerable<Word> words) => string.Join(' ', words.Select(w => w.Text));
}
