using GsiPortal.Core.Changes;
using GsiPortal.Core.Content;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.Editions;

/// <summary>
/// A difference between two editions said in the editors' words, as /editions and /api/editions give it: "the editors'
/// glossary", "Concept Paper (paper.md): the other names it is cited by (cited_as)", "Lei Kezhong (lei-kezhong.md): 2 paragraphs' words". The file's
/// own name and a front-matter key stay beside the words, so a reader can find them in the texts' ZIP.
/// </summary>
public static class DifferenceWords
{
    /// <summary>What each front-matter key holds, in the editors' words; a key not named here is given as written.</summary>
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["title"] = "the title",
        ["title_sentence_case"] = "the title in sentence case, for APA",
        ["short_title"] = "the short title",
        ["author"] = "the author's name",
        ["author_family"] = "the author's family name",
        ["author_given"] = "the author's given name",
        ["name_order"] = "the order of the author's names",
        ["role"] = "the author's role",
        ["byline"] = "the byline as printed",
        ["date"] = "the date",
        ["date_inferred"] = "whether the date is inferred",
        ["date_note"] = "the note on the date",
        ["dateline"] = "the dateline as printed",
        ["publisher"] = "the publisher",
        ["venue"] = "where it appeared",
        ["venue_note"] = "the note on where it appeared",
        ["source_url"] = "the original address",
        ["captured"] = "the capture date",
        ["item_labels"] = "the editors' labels of the items",
        ["closing_labels"] = "the editors' headings of the closing passages",
        ["cited_as"] = "the other names it is cited by",
        ["paragraph_numbers"] = "how its paragraphs are numbered",
        ["editorial_notes"] = "the editorial notes",
        ["sic"] = "the misprints marked [sic]",
    };

    /// <summary>The differences of one edition, each a phrase; <paramref name="paragraphs"/> counts the paragraphs whose words differ, by page.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<FileChange> changes, ContentLibrary current, IReadOnlyList<PassageChange> paragraphs) =>
        changes.Select(c => Of(c, current, paragraphs)).ToList();

    private static string Of(FileChange change, ContentLibrary current, IReadOnlyList<PassageChange> paragraphs)
    {
        var what = change.File switch
        {
            ChangeLogReader.FileName => "the changelog (changes.md)",
            GlossaryReader.FileName => "the editors' glossary (glossary.md)",
            EditionDifference.AntonymsFile => "the quote check's list of opposites (antonyms.yml)",
            // A commentary by its author, as the site names it in lists; the paper by its short title.
            _ => current.FindDocument(Path.GetFileNameWithoutExtension(change.File)) is { } document ? $"{(document is Commentary c ? c.Author : document.ShortTitle)} ({change.File})" : change.File,
        };
        if (change.Kind != FileChangeKind.Changed) return $"{what}, {(change.Kind == FileChangeKind.Added ? "added" : "removed")}";
        var parts = change.FrontMatterKeys.Select(k => Keys.TryGetValue(k, out var words) ? $"{words} ({k})" : k).ToList();
        var page = current.FindDocument(Path.GetFileNameWithoutExtension(change.File)) is { } doc ? Addresses.AddressBook.Document(doc) : null;
        var words = page is null ? 0 : paragraphs.Count(p => p.Page == page || (page == Addresses.Routes.Paper && p.Page.StartsWith(Addresses.Routes.Paper, StringComparison.Ordinal)));
        if (words > 0) parts.Add(words == 1 ? "1 paragraph's words" : $"{words} paragraphs' words");
        else if (change.BodyChanged && change.File is not (ChangeLogReader.FileName or GlossaryReader.FileName)) parts.Add("its headings, not its words");
        return parts.Count == 0 ? what : $"{what}: {string.Join("; ", parts)}";
    }
}
