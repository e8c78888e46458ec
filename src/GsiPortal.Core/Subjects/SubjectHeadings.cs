using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Subjects;

/// <summary>
/// The editors' subject index turned about, as a book's index is printed: each term once, A–Z, with the passages
/// indexed under it. The index file lists terms by passage (what the indexer wrote, unit by unit); a reader looks a
/// subject up. A term written under several passages, in any capitals ("UN Charter", "un charter"), is one heading.
/// </summary>
public sealed class SubjectHeadings
{
    private readonly Dictionary<string, SubjectHeading> byTerm;

    private SubjectHeadings(IReadOnlyList<SubjectHeading> all)
    {
        All = all;
        byTerm = all.ToDictionary(h => h.Term, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every heading, A–Z (case and accents aside); empty without an index.</summary>
    public IReadOnlyList<SubjectHeading> All { get; }

    /// <summary>The heading of a term as a unit lists it ("Indexed under: blue helmets" leads there); null for a term the index lacks.</summary>
    public SubjectHeading? For(string term) => byTerm.GetValueOrDefault(term);

    /// <summary>The headings of the library's subject index.</summary>
    public static SubjectHeadings Of(ContentLibrary library)
    {
        if (library.Subjects.ByUnit.Count == 0) return new([]);
        var byTerm = new Dictionary<string, (string Term, List<Passage> Passages)>(StringComparer.OrdinalIgnoreCase);
        // Walked in reading order, so that each heading's passages come out in it without sorting them again.
        foreach (var (id, passage) in Units(library))
            foreach (var term in library.Subjects.Of(id))
            {
                if (!byTerm.TryGetValue(term, out var heading)) byTerm[term] = heading = (term, []);
                if (!heading.Passages.Contains(passage)) heading.Passages.Add(passage);
            }
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        List<SubjectHeading> all = [.. byTerm.Values
            .OrderBy(h => h.Term, StringComparer.InvariantCultureIgnoreCase).ThenBy(h => h.Term, StringComparer.Ordinal)
            .Select(h => new SubjectHeading(h.Term, Unique(Slug(h.Term), anchors), h.Passages))];
        foreach (var group in all.GroupBy(h => Subject(h.Term), StringComparer.Ordinal).Where(g => g.Count() > 1))
            foreach (var heading in group)
                heading.SeeAlso = [.. group.Where(other => other != heading)];
        return new(all);
    }

    /// <summary>
    /// Whether two headings name the same subject: the same words once case, hyphens and spaces are set aside
    /// ("counter-terrorism", "counterterrorism"), or one is the other with "counter" before it ("terrorism",
    /// "counter-terrorism": countering a thing is indexed with it, as the paper's priority 12 on counter-terrorism is
    /// the index's passage on terrorism). The indexer wrote each heading for its passages, so a reader looking up
    /// "terrorism" found Commitment 6 and three commentaries but not priority 12, filed under "counter-terrorism"
    /// (review 22, D4); a "see also" joins them. Not every heading holding another's words: "traditional security"
    /// is not "non-traditional security", nor "trust" the "China-UN trust fund".
    /// </summary>
    public static bool SameSubject(string a, string b) =>
        !string.Equals(a, b, StringComparison.OrdinalIgnoreCase) && Subject(a) == Subject(b);

    private static string Subject(string term)
    {
        var letters = new string([.. term.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return letters.StartsWith("counter", StringComparison.Ordinal) && letters.Length > "counter".Length + 3 ? letters["counter".Length..] : letters;
    }

    /// <summary>
    /// The passages the index can name, by their unit ids, in reading order: each part's own paragraphs and its items,
    /// then each commentary's paragraphs — the units search indexes (<c>SearchUnits</c>) and the index file lists.
    /// </summary>
    private static IEnumerable<(string Id, Passage Passage)> Units(ContentLibrary library)
    {
        foreach (var part in library.Paper.Parts)
        {
            foreach (var p in part.Introduction) yield return (AddressBook.Id(p), AddressBook.OfParagraphs(p, p));
            foreach (var item in part.Items) yield return (AddressBook.Id(item), AddressBook.Of(item));
            foreach (var p in part.Closing) yield return (AddressBook.Id(p), AddressBook.OfParagraphs(p, p));
        }
        foreach (var commentary in library.Commentaries)
            foreach (var p in commentary.Paragraphs) yield return (AddressBook.Id(p), AddressBook.OfParagraphs(p, p));
    }

    /// <summary>"blue helmets" → "blue-helmets", "Xi Jinping's speech" → "xi-jinping-s-speech": letters and digits, hyphens between.</summary>
    internal static string Slug(string term)
    {
        var slug = new System.Text.StringBuilder(term.Length);
        foreach (var c in term.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-') is { Length: > 0 } s ? s : "term";
    }

    // Two terms that differ only by punctuation ("cyber-security", "cyber security") would share a fragment: the
    // second gets "-2", so that each heading keeps an address of its own.
    private static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }
}
