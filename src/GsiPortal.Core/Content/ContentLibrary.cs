using GsiPortal.Core.Changes;

namespace GsiPortal.Core.Content;

/// <summary>
/// Everything the site presents, parsed once from the content folder: the paper and its commentaries.
/// Immutable: a content change builds a new library, which replaces this one whole.
/// </summary>
public sealed class ContentLibrary
{
    public ContentLibrary(Paper paper, IEnumerable<Commentary> commentaries, string version, ChangeLog changes, SearchTerms? searchTerms = null)
    {
        Changes = changes;
        Stamp = new EditionStamp(version, changes.Latest);
        SearchTerms = searchTerms ?? SearchTerms.Empty;
        Paper = paper;
        Commentaries = commentaries.OrderBy(c => c.Date.Earliest).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        Documents = [paper, .. Commentaries];
        Version = version;
        Addresses = new Addresses.AddressBook(this);
        Reading = new Reading.ReadingOrder(paper);
    }

    /// <summary>The paper in the order previous and next step through it, built once.</summary>
    public Reading.ReadingOrder Reading { get; }

    /// <summary>Every public address of this version, formatted and resolved: built once, here, and shared by the whole edition.</summary>
    public Addresses.AddressBook Addresses { get; }

    public Paper Paper { get; }
    /// <summary>Commentaries, oldest first.</summary>
    public IReadOnlyList<Commentary> Commentaries { get; }
    public IReadOnlyList<Document> Documents { get; }
    /// <summary>The edition's id: a short hash of the texts and the editors' apparatus (every <c>*.md</c> file), so any changed word gives a new one (<see cref="ContentVersion"/>).</summary>
    public string Version { get; }

    /// <summary>What cached answers are keyed by: the edition with the search terms and link judgements, which change answers but make no new edition. Not an id: no one cites it (the first rule's ids, issued before the antonyms existed, are <see cref="ContentVersion.OfFirstRule"/>).</summary>
    public string CacheVersion { get => cacheVersion ?? Version; init => cacheVersion = value; }
    private readonly string? cacheVersion;

    /// <summary>The files the library was read from (name, text), by name: what the archive keeps and the texts ZIP holds.</summary>
    public IReadOnlyList<(string Name, string Markdown)> Sources { get; init; } = [];

    /// <summary>The text of search-terms.yml the library was read with, if any.</summary>
    public string? SearchTermsText { get; init; }
    /// <summary>The recorded changes to the texts (<c>content/changes.md</c>), newest first.</summary>
    public ChangeLog Changes { get; }
    /// <summary>The version and the date of the latest change: what every page and citation states.</summary>
    public EditionStamp Stamp { get; private set; }

    /// <summary>
    /// An edition read back from the archive that kept no changelog takes the archive's date for it (the day it was
    /// archived; for one read from git, its commit's day), so that its citations name it by date and id as every other
    /// edition's do: the first edition's said "GsiPortal edition 725123a2bbff". A changelog's date always wins.
    /// </summary>
    public void DateWithoutChangelog(DateOnly archived)
    {
        if (Stamp.Date is null) Stamp = Stamp with { Date = archived };
    }

    /// <summary>The editors' glossary (content/glossary.md), checked against the paper; empty when there is none.</summary>
    public IReadOnlyList<GsiPortal.Core.Glossary.GlossaryEntry> Glossary { get; internal set; } = [];

    /// <summary>Words of opposite meaning the quote check flags when one replaces the other (content/antonyms.yml).</summary>
    public Quotes.Antonyms Antonyms { get; init; } = Quotes.Antonyms.Empty;

    /// <summary>The text of antonyms.yml the library is checked with, if any: part of the edition (an edition archived before it was has none of its own and is checked with today's).</summary>
    public string? AntonymsText { get; init; }

    /// <summary>Which antonym list the quote check uses, as a verdict names it: a short hash of its text, or <c>none</c>.</summary>
    public string AntonymsVersion => ContentVersion.OfSetting(AntonymsText);

    /// <summary>The text of links.yml the library was read with, if any: archived with the edition, which is rebuilt with it.</summary>
    public string? LinksText { get; init; }

    /// <summary>The editors' judgements of discussion links (content/links.yml), checked against the texts; empty when there is none.</summary>
    public CrossReferences.LinkJudgements LinkJudgements { get; internal set; } = CrossReferences.LinkJudgements.Empty;

    /// <summary>The editors' subject index (content/subject-index.yml): the terms each search unit is indexed under; empty when there is none.</summary>
    public Subjects.SubjectIndex Subjects { get; internal set; } = Core.Subjects.SubjectIndex.Empty;

    /// <summary>The text of subject-index.yml the library was read with, if any: part of the cache version.</summary>
    public string? SubjectIndexText { get; init; }

    /// <summary>The readers' questions (content/reader-questions.yml): what a reader asks of each search unit, in the editors' words; empty when there is none.</summary>
    public Questions.ReaderQuestions Questions { get; internal set; } = Core.Questions.ReaderQuestions.Empty;

    /// <summary>The text of reader-questions.yml the library was read with, if any: part of the cache version.</summary>
    public string? ReaderQuestionsText { get; init; }

    /// <summary>The curated abbreviations, derivations and paraphrases search knows (content/search-terms.yml).</summary>
    public SearchTerms SearchTerms { get; }

    public IEnumerable<Paragraph> Paragraphs => Documents.SelectMany(d => d.Paragraphs);

    public Document? FindDocument(string id) => Documents.FirstOrDefault(d => d.Id == id);

    /// <summary>
    /// The commentary a reader's words name: its author's full name, or its title (or three or more words of it, in
    /// order). Case, quotation marks and spacing do not count. Null when they name none, or more than one.
    /// </summary>
    public Commentary? CommentaryNamedBy(string words)
    {
        var asked = Comparable(words);
        if (asked.Length == 0) return null;
        var named = Commentaries.Where(c => Comparable(c.Author) == asked || Comparable(c.Title) == asked
            || (asked.Count(ch => ch == ' ') >= 2 && Comparable(c.Title).Contains(asked, StringComparison.Ordinal))).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static string Comparable(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '"', '“', '”', '\'', '‘', '’'], StringSplitOptions.RemoveEmptyEntries));

    public Commentary? FindCommentary(string id) => Commentaries.FirstOrDefault(c => c.Id == id);
}
