using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>Where a checked passage was found: the paragraph, the words as they stand there, and how close it is.</summary>
public sealed record QuoteMatch(Paragraph Paragraph, string Url, string SourceText, double Similarity, IReadOnlyList<WordStep> Differences, int ChangedWords);

/// <summary>The verdict on a passage: found word for word, found with differences, or not found.</summary>
public enum QuoteVerdict { Exact, Close, NotFound }

public sealed record QuoteCheckResult(string Passage, QuoteVerdict Verdict, IReadOnlyList<QuoteMatch> Matches);

/// <summary>A passage the checker refuses, with a reason a reader can act on.</summary>
public sealed class InvalidQuoteException(string message) : Exception(message);

/// <summary>
/// Quote check: does a passage stand word for word in the paper or a commentary (case, quotation marks,
/// punctuation and spacing aside)? Where not, the closest passages, with the differences marked word by word.
/// </summary>
public sealed class QuoteChecker(ContentLibrary library)
{
    public const int MaxLength = 3000;
    public const int MinWords = 3;
    /// <summary>Closest passages sharing less than this share of the passage's words are not shown.</summary>
    public const double MinSimilarity = 0.5;
    private const int MaxClose = 3;

    private readonly List<(Paragraph Paragraph, List<Word> Words)> paragraphs = library.Paragraphs.Select(p => (p, Words.Of(p.Text))).ToList();

    public QuoteCheckResult Check(string? text)
    {
        var passage = (text ?? "").Trim();
        if (passage.Length == 0) throw new InvalidQuoteException("Paste the passage to check.");
        if (passage.Length > MaxLength) throw new InvalidQuoteException($"The passage is {passage.Length} characters long; the check takes at most {MaxLength}. Check a sentence or a paragraph at a time.");
        var words = Words.Of(passage);
        if (words.Count < MinWords) throw new InvalidQuoteException($"The passage has {words.Count} word(s); give at least {MinWords} so that a match means something.");
        var keys = words.Select(w => w.Key).ToArray();

        var exact = paragraphs.SelectMany(p => Occurrences(p.Words, keys).Select(start => Match(p.Paragraph, p.Words, start, start + keys.Length, words))).ToList();
        if (exact.Count > 0) return new QuoteCheckResult(passage, QuoteVerdict.Exact, exact);

        var close = paragraphs
            .Select(p => (p.Paragraph, p.Words, Window: BestWindow(p.Words, keys)))
            .Where(c => c.Window.Shared >= MinSimilarity * keys.Length)
            .OrderByDescending(c => c.Window.Shared)
            .Take(MaxClose * 2)
            .Select(c => Match(c.Paragraph, c.Words, c.Window.Start, c.Window.End, words))
            .Where(m => m.Similarity >= MinSimilarity)
            .OrderByDescending(m => m.Similarity).ThenBy(m => m.ChangedWords)
            .Take(MaxClose)
            .ToList();
        return new QuoteCheckResult(passage, close.Count > 0 ? QuoteVerdict.Close : QuoteVerdict.NotFound, close);
    }

    private static IEnumerable<int> Occurrences(List<Word> words, string[] keys)
    {
        for (var i = 0; i + keys.Length <= words.Count; i++)
        {
            var j = 0;
            while (j < keys.Length && words[i + j].Key == keys[j]) j++;
            if (j == keys.Length) yield return i;
        }
    }

    /// <summary>The stretch of the paragraph, as long as the passage, that shares the most of its words.</summary>
    private static (int Start, int End, int Shared) BestWindow(List<Word> words, string[] keys)
    {
        var wanted = keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var length = Math.Min(keys.Length, words.Count);
        var have = new Dictionary<string, int>();
        var shared = 0;
        (int Start, int End, int Shared) best = (0, length, -1);
        for (var i = 0; i < words.Count; i++)
        {
            var key = words[i].Key;
            have[key] = have.GetValueOrDefault(key) + 1;
            if (have[key] <= wanted.GetValueOrDefault(key)) shared++;
            if (i >= length)
            {
                var leaving = words[i - length].Key;
                if (have[leaving] <= wanted.GetValueOrDefault(leaving)) shared--;
                have[leaving]--;
            }
            if (i >= length - 1 && shared > best.Shared) best = (i - length + 1, i + 1, shared);
        }
        return best;
    }

    private static QuoteMatch Match(Paragraph paragraph, List<Word> words, int start, int end, List<Word> passage)
    {
        var source = words.GetRange(start, end - start);
        var steps = WordDiff.Compare(passage, source);
        var same = steps.Count(s => s.Change == WordChange.Same);
        var similarity = (double)same / Math.Max(passage.Count, source.Count);
        var text = paragraph.Text[source[0].Start..source[^1].End];
        return new QuoteMatch(paragraph, AddressBook.Paragraph(paragraph), text, similarity, steps, WordDiff.Changes(steps));
    }
}
