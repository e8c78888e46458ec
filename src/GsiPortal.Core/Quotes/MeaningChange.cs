using System.Text.RegularExpressions;

namespace GsiPortal.Core.Quotes;

/// <summary>The kinds of change that can turn what a text says into something else, beyond a mere difference of words.</summary>
public enum MeaningChangeKind { Negation, Modal, Quantifier, Number }

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
    public static List<MeaningChange> In(QuoteDifference difference)
    {
        var quoted = Keys(difference.Quoted);
        var source = Keys(difference.Source);
        var changes = new List<MeaningChange>();

        var (qNeg, sNeg) = (quoted.Where(IsNegation).ToList(), source.Where(IsNegation).ToList());
        if (sNeg.Count > qNeg.Count)
            changes.Add(new(MeaningChangeKind.Negation, Join(qNeg), Join(sNeg), $"Negation dropped: the text says “{Join(sNeg)}”, the quotation does not."));
        else if (qNeg.Count > sNeg.Count)
            changes.Add(new(MeaningChangeKind.Negation, Join(qNeg), Join(sNeg), $"Negation added: the quotation says “{Join(qNeg)}”, the text does not."));

        AddChanged(changes, MeaningChangeKind.Modal, "Modal", quoted.Select(Modal).OfType<string>().ToList(), source.Select(Modal).OfType<string>().ToList());
        AddChanged(changes, MeaningChangeKind.Quantifier, "Quantifier", quoted.Where(Quantifiers.Contains).ToList(), source.Where(Quantifiers.Contains).ToList());
        AddChanged(changes, MeaningChangeKind.Number, "Number", quoted.Where(IsNumber).ToList(), source.Where(IsNumber).ToList());
        return changes;
    }

    private static void AddChanged(List<MeaningChange> changes, MeaningChangeKind kind, string name, List<string> quoted, List<string> source)
    {
        if (quoted.Order(StringComparer.Ordinal).SequenceEqual(source.Order(StringComparer.Ordinal))) return;
        string q = Join(quoted), s = Join(source);
        var description = (quoted.Count, source.Count) switch
        {
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

    private static bool IsNegation(string key) => Negations.Contains(key) || key.EndsWith("n't", StringComparison.Ordinal);

    private static bool IsNumber(string key) => NumberWords.Contains(key) || Digit().IsMatch(key);

    private static List<string> Keys(string words) => Text.Words.Of(words).Select(w => w.Key).ToList();

    private static string Join(IEnumerable<string> words) => string.Join(' ', words);
}
