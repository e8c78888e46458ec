using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// A quotation found in a title or a heading of a text rather than in its paragraphs: word for word
/// (<see cref="Exact"/>) or with words changed. <see cref="Of"/> names it ("the title of Ovais Ali Khokhar's
/// commentary", "the heading of the paper's Part III"); <see cref="Url"/> is where it stands.
/// </summary>
public sealed record TitleMatch(string Title, string Of, string Url, bool Exact);

/// <summary>
/// The texts' own titles and headings, which the quote check's paragraphs do not hold (review 22, D5: Khokhar's title,
/// quoted word for word, was "not a quotation of any text"): each text's title as its source prints it (the
/// paper's and each commentary's), the paper's part headings ("Priorities of cooperation") and each commentary's
/// section headings. Not the editors' labels of the items ("Counter-terrorism"), which are no words of the texts.
/// A quotation is a title's when its words run in the title in order (the whole title, or part of it: "A New
/// Initiative for a Safer World"); close to it when the title holds at least <see cref="MinCloseShare"/> of the
/// quotation's words in order, and at least <see cref="MinCloseWords"/> of them.
/// </summary>
public sealed class Titles
{
    /// <summary>The least share of a quotation's words, in order, that a title must hold to be named as what it alters.</summary>
    public const double MinCloseShare = 0.6;
    /// <summary>The fewest of a quotation's words, in order, that a title must hold to be named as what it alters.</summary>
    public const int MinCloseWords = 4;

    private readonly List<(string Text, string Of, string Url, string[] Keys)> all = [];

    public Titles(ContentLibrary library)
    {
        foreach (var document in library.Documents)
        {
            var whose = document is Commentary c ? $"{c.Author}'s commentary" : "the paper";
            Add(document.Title, $"the title of {whose}", AddressBook.Document(document));
            if (document is Paper paper)
                foreach (var part in paper.Parts)
                    Add(part.Title, $"the heading of the paper's Part {part.Numeral}", AddressBook.Part(part));
            else
                foreach (var first in document.Paragraphs.Where(p => p.SectionHeading is not null).GroupBy(p => p.SectionHeading!).Select(g => g.First()))
                    Add(first.SectionHeading!, $"a heading of {whose}", AddressBook.Paragraph(first));
        }
    }

    private void Add(string text, string of, string url) =>
        all.Add((text, of, url, [.. QuoteWords.Of(text).Select(w => w.Key)]));

    /// <summary>The title the quotation stands in word for word, else the one it most nearly follows; null when none comes near.</summary>
    public TitleMatch? Find(QuotedText quote)
    {
        var keys = quote.Words.Where((_, i) => !quote.Bracketed[i]).Select(w => w.Key).ToArray();
        if (keys.Length == 0) return null;
        TitleMatch? best = null;
        var bestShared = 0;
        foreach (var (text, of, url, title) in all)
        {
            if (Contains(title, keys)) return new TitleMatch(text, of, url, Exact: true);
            var shared = InOrder(keys, title);
            if (shared > bestShared && shared >= MinCloseWords && shared >= MinCloseShare * keys.Length)
                (best, bestShared) = (new TitleMatch(text, of, url, Exact: false), shared);
        }
        return best;
    }

    private static bool Contains(string[] title, string[] run)
    {
        for (var start = 0; start + run.Length <= title.Length; start++)
            if (title.AsSpan(start, run.Length).SequenceEqual(run)) return true;
        return false;
    }

    /// <summary>How many of the quotation's words stand in the title in the same order (the longest common subsequence).</summary>
    private static int InOrder(string[] a, string[] b)
    {
        var row = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
