using System.Text.RegularExpressions;

namespace GsiPortal.Core.Content;

/// <summary>
/// Splits a paragraph into sentences at a full stop, question or exclamation mark (with any closing quote)
/// followed by a space and a capital, digit or opening quote. Titles such as "Mr." do not end a sentence.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Prof." };

    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+(?=[""“‘(]?[A-Z0-9])")]
    private static partial Regex Boundary();

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            // The last word is read in place: cutting the candidate first cost its whole length at every title
            // ("Mr. A Mr. B …"), so a long paragraph of them took time growing with its square.
            var candidate = paragraph.AsSpan(start, boundary.Index - start);
            var lastWord = candidate[(candidate.LastIndexOf(' ') + 1)..];
            if (lastWord.Length <= 5 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastWord)) continue;
            sentences.Add(candidate.ToString());
            start = boundary.Index + boundary.Length;
        }
        if (start < paragraph.Length) sentences.Add(paragraph[start..]);
        return sentences;
    }

    /// <summary>Numbers the sentences of a paragraph on from <paramref name="first"/>.</summary>
    public static IReadOnlyList<Sentence> Number(string paragraph, int first) =>
        Split(paragraph).Select((text, i) => new Sentence(first + i, Text.TextPool.Share(text))).ToList();
}
