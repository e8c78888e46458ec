using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

/// <summary>A text and the address an unknown one was probably meant as (<c>/commentaries/lei-kezhong</c> for <c>/commentaries/lei</c>).</summary>
public sealed record TextAddress(Document Document, string Address);

/// <summary>
/// An address that names a text by an id that is none: what was written there, the texts it was probably meant for
/// (best first; none when nothing is like it) and every text the address could name, each at that address.
/// </summary>
public sealed record UnknownText(string Written, IReadOnlyList<TextAddress> Likely, IReadOnlyList<TextAddress> Every);

public sealed partial class AddressBook
{
    /// <summary>
    /// The texts an id that is none was probably meant for, best first: "lei" → lei-kezhong (a word of its id, its
    /// author's family name), "lei-k" (an id it begins), "khokar" → ovais-ali-khokhar (a family name or a word of an
    /// id within a letter or two). Only suggested, never redirected to: a 308 is kept by browsers and caches for good,
    /// and any of these readings can come to fit a second text — a new commentary by another Lei, or a second by the
    /// same author — when the one kept redirect would go on leading to the first. Ids alone never change meaning.
    /// </summary>
    public IReadOnlyList<Document> DocumentsLike(string written, bool commentariesOnly = false)
    {
        var words = Words(written);
        if (words.Count == 0) return [];
        var whole = string.Join('-', words);
        var candidates = commentariesOnly ? library.Commentaries.Cast<Document>() : library.Documents;
        return candidates
            .Select(d => (Document: d, Score: Likeness(d, whole, words)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .Select(c => c.Document)
            .ToList();
    }

    /// <summary>
    /// The one commentary whose author's family name is exactly what was written ("khokhar", "Dong"), where one is: its
    /// page's address is then a temporary redirect away (review 21, D9: /commentaries/khokhar was a 404 suggesting the
    /// only commentary it can mean). Null where none is, or two are — a second commentary by the same author, or by
    /// another Lei, makes the name ambiguous, which is why the redirect is 307 and never the 308 browsers keep for
    /// good (see <see cref="DocumentsLike"/>). Anything not exact stays a 404 with its suggestions.
    /// </summary>
    public Commentary? CommentaryBySurname(string? written)
    {
        if (string.IsNullOrWhiteSpace(written)) return null;
        var found = library.Commentaries.Where(c => string.Equals(c.Meta.AuthorFamily, written, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// What an address that names a text by an id that is none was probably meant as: <c>/commentaries/{id}</c> and the
    /// same under <c>/cite</c>, <c>/embed</c> and <c>/api</c> (anything after the id kept), and <c>/download/{id}.md|txt</c>.
    /// Null when the path names no text this way, or names one that is there (its 404 has another cause).
    /// </summary>
    public UnknownText? UnknownTextIn(string path)
    {
        var segments = path.Trim('/').Split('/');
        var at = Array.IndexOf(segments, "commentaries");
        if (at is 0 or 1 && at + 1 < segments.Length && (at == 0 || segments[0] is "cite" or "embed" or "api"))
        {
            var id = segments[at + 1];
            if (id.Length == 0 || FindCommentary(id) is not null) return null;
            string AddressOf(Document d) => "/" + string.Join('/', segments.Select((s, i) => i == at + 1 ? d.Id : s));
            return new UnknownText(id, [.. DocumentsLike(id, commentariesOnly: true).Select(d => new TextAddress(d, AddressOf(d)))],
                [.. library.Commentaries.Select(d => new TextAddress(d, AddressOf(d)))]);
        }
        if (segments is [var download, var file] && "/" + download == Routes.Download && file.LastIndexOf('.') is var dot and > 0
            && file[(dot + 1)..] is "md" or "txt" && FindDocument(file[..dot]) is null)
        {
            string AddressOf(Document d) => $"{Routes.Download}/{d.Id}{file[dot..]}";
            return new UnknownText(file[..dot], [.. DocumentsLike(file[..dot]).Select(d => new TextAddress(d, AddressOf(d)))],
                [.. library.Documents.Select(d => new TextAddress(d, AddressOf(d)))]);
        }
        return null;
    }

    /// <summary>How alike a text is to what was written: 0 for not at all; an id it begins or a word matched counts most.</summary>
    private static int Likeness(Document document, string whole, IReadOnlyList<string> words)
    {
        if (whole.Length >= 2 && document.Id.StartsWith(whole, StringComparison.Ordinal)) return 3;
        // The words that name it: its id's (given and family names, for a commentary) and its author's family name.
        var names = Words(document.Id).Concat(Words(document.Meta.AuthorFamily ?? "")).Where(n => n.Length >= 3).Distinct().ToList();
        var score = 0;
        foreach (var word in words.Where(w => w.Length >= 3))
            if (names.Contains(word)) score += 2;
            else if (names.Any(n => Math.Abs(n.Length - word.Length) <= 2 && Distance(n, word) <= (word.Length >= 6 ? 2 : 1))) score += 1;
        return score;
    }

    /// <summary>The runs of letters and digits in a text, in lower case ("Lei-Kezhong" → lei, kezhong).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
            if (i < text.Length && char.IsLetterOrDigit(text[i])) { if (start < 0) start = i; }
            else if (start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        return words;
    }

    /// <summary>Levenshtein's distance, for the short words of ids and names only.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
