using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions.Archive;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Editions;

/// <summary>One passage whose words differ between an edition and the one before it.</summary>
/// <param name="Page">The page that shows it (<c>/paper/commitments/4</c>, <c>/commentaries/lei-kezhong</c>).</param>
/// <param name="Address">The paragraph's own address (<c>/commentaries/lei-kezhong#p5</c>).</param>
/// <param name="From">The edition before (null when the passage first appears).</param>
/// <param name="To">The edition in which it changed.</param>
public sealed record PassageChange(string Page, string Address, string? From, string To);

/// <summary>
/// The words of every paragraph in every archived edition, by address, and where they changed: read once from the
/// archive, each edition compared with the one before it. A paragraph's text is kept once however many editions hold
/// it unchanged, so this costs about one edition's text plus what changed. The editors' apparatus (labels, notes) is
/// not compared: a passage "changed" when its words did.
/// </summary>
public sealed class PassageHistory
{
    private readonly Dictionary<string, IReadOnlyList<(string Address, string Text)>> texts;
    private readonly List<PassageChange> changes;

    private PassageHistory(Dictionary<string, IReadOnlyList<(string, string)>> texts, List<PassageChange> changes, IReadOnlyList<ArchiveProblem> problems)
    {
        this.texts = texts;
        this.changes = changes;
        Problems = problems;
    }

    public static PassageHistory Empty { get; } = new([], [], []);

    /// <summary>Editions whose files could not be read or compared.</summary>
    public IReadOnlyList<ArchiveProblem> Problems { get; }

    /// <summary>Every change, oldest edition first.</summary>
    public IReadOnlyList<PassageChange> Changes => changes;

    /// <summary>Whether the edition's words are known here (readable and archived).</summary>
    public bool Knows(string edition) => texts.ContainsKey(edition);

    /// <summary>The changes to the paragraphs a page shows, oldest first.</summary>
    public IReadOnlyList<PassageChange> ChangesTo(string page) => changes.Where(c => c.Page == page).ToList();

    /// <summary>The changes an edition made, against the one before it.</summary>
    public IReadOnlyList<PassageChange> ChangesIn(string edition) => changes.Where(c => c.To == edition).ToList();

    /// <summary>The words of the paragraphs a page (or one paragraph's address) shows in an edition, a paragraph a line; null when unknown there.</summary>
    public string? TextOf(string edition, string address)
    {
        if (!texts.TryGetValue(edition, out var paragraphs)) return null;
        // A page's address gives all its paragraphs; a paragraph's, that paragraph.
        var chosen = paragraphs.Where(p => address.Contains('#') ? p.Address == address : PageOf(p.Address) == address).Select(p => p.Text).ToList();
        return chosen.Count == 0 ? null : string.Join("\n", chosen);
    }

    /// <summary>The words added and removed between two editions of one passage; null when either edition does not have it.</summary>
    public IReadOnlyList<WordStep>? Compare(string address, string from, string to) =>
        TextOf(from, address) is { } before && TextOf(to, address) is { } after ? WordDiff.Compare(Words.Of(before), Words.Of(after)) : null;

    public static string PageOf(string address) => address.Split('#')[0];

    /// <summary>
    /// Reads every edition from the archive, in order, and compares each with the one before it. Each distinct file
    /// (by its hash) is read and parsed once, however many editions hold it, so the cost grows with what changed, not
    /// with the number of editions. The changelog and the glossary are apparatus, not passages: they are not read.
    /// </summary>
    public static PassageHistory Compare(EditionArchive archive, IReadOnlyList<ArchivedEdition> editions)
    {
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = new Dictionary<string, IReadOnlyList<(string, string)>?>(StringComparer.Ordinal);
        var texts = new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal);
        var changes = new List<PassageChange>();
        var problems = new List<ArchiveProblem>();
        (string Id, Dictionary<string, string> Text)? previous = null;
        foreach (var edition in editions)
        {
            if (texts.ContainsKey(edition.Id)) continue;
            var paragraphs = new List<(string, string)>();
            ArchiveProblem? problem = null;
            foreach (var (name, hash) in edition.Files.Where(f => ContentFiles.IsContent(f.Key) && f.Key is not (Core.Changes.ChangeLogReader.FileName or Core.Glossary.GlossaryReader.FileName)))
            {
                if (!parsed.TryGetValue(hash, out var known))
                {
                    var (text, unreadable) = archive.ReadFile(hash, name, edition.Id);
                    problem ??= unreadable;
                    known = text is null ? null : Paragraphs(name, text, pool);
                    parsed[hash] = known;
                }
                if (known is null) { problem ??= new ArchiveProblem(ArchiveProblemKind.Unreadable, $"{name} of edition {edition.Id} cannot be read as a text"); break; }
                paragraphs.AddRange(known);
            }
            if (problem is not null) { problems.Add(problem); continue; }
            texts[edition.Id] = paragraphs;
            var now = paragraphs.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
            if (previous is { } before)
            {
                foreach (var (address, text) in now)
                    if (!before.Text.TryGetValue(address, out var was) || !ReferenceEquals(was, text))
                        changes.Add(new PassageChange(PageOf(address), address, was is null ? null : before.Id, edition.Id));
            }
            previous = (edition.Id, now);
        }
        return new PassageHistory(texts, changes, problems);
    }

    /// <summary>A file's paragraphs by address, each text pooled; null when it does not parse as a text.</summary>
    private static IReadOnlyList<(string, string)>? Paragraphs(string name, string markdown, Dictionary<string, string> pool)
    {
        var errors = new List<ContentError>();
        if (DocumentParser.Parse(name, markdown, errors) is not { } document) return null;
        return document.Paragraphs
            .Select(p => (AddressBook.Paragraph(p), pool.TryGetValue(p.Text, out var kept) ? kept : pool[p.Text] = p.Text))
            .ToList();
    }
}
