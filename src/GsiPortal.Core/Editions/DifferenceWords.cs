using GsiPortal.Core.Changes;
using GsiPortal.Core.Content;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.Editions;

/// <summary>
/// One difference between two editions, said two ways: <see cref="Words"/> in the editors' words alone, for readers
/// ("the editors' glossary of key terms", "Concept Paper: the other names it is cited by"), and <see cref="WithIds"/>
/// with the file's own name and the front-matter keys beside them ("Concept Paper (paper.md): the other names it is
/// cited by (cited_as)"), for maintainers and programs, who find them in the texts' ZIP.
/// </summary>
/// <param name="Words">The difference in the editors' words alone, as /editions shows it.</param>
/// <param name="WithIds">The same words with the file's name and the front-matter keys, as /api/editions gives it.</param>
/// <param name="File">The content file that differs (<c>paper.md</c>, <c>glossary.md</c>, <c>antonyms.yml</c>).</param>
public sealed record EditionDifferenceSaid(string Words, string WithIds, string File);

/// <summary>
/// A difference between two editions said in the editors' words, as /editions (<see cref="EditionDifferenceSaid.Words"/>)
/// and /api/editions (<see cref="EditionDifferenceSaid.WithIds"/>) give it. Until the tenth session the page too gave
/// the files' names and keys ("glossary.md", "item_labels", "cited_as"), which a reader cannot be expected to know.
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
    public static IReadOnlyList<EditionDifferenceSaid> Of(IReadOnlyList<FileChange> changes, ContentLibrary current, IReadOnlyList<PassageChange> paragraphs) =>
        changes.Select(c => Of(c, current, paragraphs)).ToList();

    private static EditionDifferenceSaid Of(FileChange change, ContentLibrary current, IReadOnlyList<PassageChange> paragraphs)
    {
        var document = current.FindDocument(Path.GetFileNameWithoutExtension(change.File));
        var what = change.File switch
        {
            ChangeLogReader.FileName => "the editors' list of changes, not the texts",
            GlossaryReader.FileName => "the editors' glossary of key terms",
            EditionDifference.AntonymsFile => "the quote check's list of words of opposite meaning",
            // A commentary by its author, as the site names it in lists; the paper by its short title.
            _ => document is null ? change.File : document is Commentary c ? c.Author : document.ShortTitle,
        };
        var named = $"{what} ({change.File})";
        if (change.Kind != FileChangeKind.Changed)
        {
            var how = change.Kind == FileChangeKind.Added ? "added" : "removed";
            return new($"{what}, {how}", $"{named}, {how}", change.File);
        }
        var keys = change.FrontMatterKeys.Select(k => (Words: Keys.GetValueOrDefault(k) ?? KeyInWords(k), Key: k)).ToList();
        var parts = keys.Select(k => k.Words).ToList();
        var partsWithIds = keys.Select(k => $"{k.Words} ({k.Key})").ToList();
        var page = document is null ? null : Addresses.AddressBook.Document(document);
        var words = page is null ? 0 : paragraphs.Count(p => p.Page == page || (page == Addresses.Routes.Paper && p.Page.StartsWith(Addresses.Routes.Paper, StringComparison.Ordinal)));
        string? body = words > 0 ? (words == 1 ? "1 paragraph's words" : $"{words} paragraphs' words")
            : change.BodyChanged && change.File is not (ChangeLogReader.FileName or GlossaryReader.FileName) ? "its headings, not its words" : null;
        if (body is not null) { parts.Add(body); partsWithIds.Add(body); }
        return parts.Count == 0
            ? new(what, named, change.File)
            : new($"{what}: {string.Join("; ", parts)}", $"{named}: {string.Join("; ", partsWithIds)}", change.File);
    }

    /// <summary>A key the list does not name, said as words ("venue_note" → "venue note"): a reader's words, if plain ones.</summary>
    private static string KeyInWords(string key) => key.Replace('_', ' ');
}
