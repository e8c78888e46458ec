using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Search;

/// <summary>
/// One searchable unit: a numbered item with all its paragraphs, or a single paragraph. <see cref="Headings"/> is
/// searched as its headings (weighted higher); <see cref="Record"/> as its document's record (author, title, venue,
/// date) and <see cref="Section"/> as the section heading over a commentary paragraph (both weighted lower).
/// An item also carries what names it to a reader: <see cref="ItemName"/> ("Commitment 4"), the editors' label where
/// its part has them, and the paper's own first sentence (its <see cref="Title"/> less the name).
/// </summary>
public sealed record SearchUnit(
    string Id, string Kind, string Title, string DocumentId, string Url, string Location, string Text,
    IReadOnlyList<(int Offset, string Url, Locator Locator)> ParagraphStarts, bool TitleIsSearchable, bool IsItem = false, string Headings = "", string Record = "")
{
    /// <summary>"Commitment 4" for an item; empty otherwise.</summary>
    public string ItemName { get; init; } = "";
    /// <summary>The editors' label ("Indivisible security; legitimate concerns of all"); null where the part has none.</summary>
    public string? EditorsLabel { get; init; }
    /// <summary>The paper's own first sentence of an item; empty otherwise.</summary>
    public string FirstSentence { get; init; } = "";
    /// <summary>The commentary's section heading over this paragraph ("China's mediation diplomacy"); empty otherwise.</summary>
    public string Section { get; init; } = "";
    /// <summary>
    /// The parts of <see cref="Record"/>, each with what it is (a commentary's title, author, role, venue, date): where a
    /// result found by its byline says it was (<see cref="ResultNote"/>). Empty for the paper.
    /// </summary>
    public IReadOnlyList<(MatchedPlace Place, string Text)> RecordParts { get; init; } = [];

    /// <summary>
    /// The terms the editors' subject index lists the unit under ("vaccines"): searched below its own words, said on a
    /// result found by them ("Indexed under: vaccines"), never shown or marked as its text. Empty without an index.
    /// </summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>
    /// The questions the editors wrote for the unit (content/reader-questions.yml: "using hunger as a weapon"): read by
    /// the meaning path, named in the API on a result they found (the page names the index entry nearest instead), never shown or marked as its
    /// text. Empty without the file.
    /// </summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>
    /// The title a result shows: an item as its page and the data name it ("Priority 8: Africa", the editors' label
    /// where its part has them, else its first sentence), not the searched <see cref="Title"/>, which carries the whole
    /// first sentence for its words.
    /// </summary>
    public string ResultTitle => IsItem ? $"{ItemName}: {EditorsLabel ?? FirstSentence}" : Title;
}

/// <summary>Maps the content model to search units: each item, each paper passage, each commentary paragraph.</summary>
public static class SearchUnits
{
    public const string ParagraphSeparator = "\n\n";

    public static IEnumerable<SearchUnit> From(ContentLibrary library)
    {
        var paper = library.Paper;
        foreach (var part in paper.Parts)
        {
            var passageKind = part.ItemNoun.Length == 0 ? part.Slug : UnitKinds.Paper;
            foreach (var p in part.Introduction.Concat(part.Closing))
            {
                var title = part.ItemNoun.Length == 0 ? part.Title : $"{part.Title}: {(part.Introduction.Contains(p) ? "introduction" : "closing passage")}";
                yield return Indexed(Single(p, passageKind, title, $"{paper.ShortTitle} › {part.Numeral} › {part.Title}", titleSearchable: true), library);
            }
            foreach (var item in part.Items)
                yield return Indexed(Item(paper, item), library);
        }
        foreach (var commentary in library.Commentaries)
        {
            // Every paragraph carries the commentary's record, so "Dong Chunling nuclear" finds her paragraph on it;
            // the byline's role and institution too, so "CICIR" or "ambassador" finds who wrote it.
            var year = commentary.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (MatchedPlace Place, string Text)[] parts = [(MatchedPlace.Title, commentary.Title), (MatchedPlace.Author, commentary.Author), (MatchedPlace.Role, commentary.Meta.Role ?? ""),
                (MatchedPlace.Venue, commentary.Meta.Venue ?? ""), (MatchedPlace.Date, commentary.Date.Display), (MatchedPlace.Date, year)];
            var record = string.Join(" · ", parts.Select(p => p.Text).Where(s => !string.IsNullOrWhiteSpace(s)));
            foreach (var p in commentary.Paragraphs)
                yield return Single(p, UnitKinds.Commentary, commentary.Title, $"{commentary.Author} · {commentary.Date.Display} · ¶{p.Label}", titleSearchable: false) with
                {
                    // The section heading heads several paragraphs: searched as the record is, below a paragraph's own
                    // words ("mediation" found Khokhar ¶11–13 by their heading alone above commitment 5, which says "mediate").
                    Section = p.SectionHeading ?? "",
                    Record = record,
                    RecordParts = [.. parts.Where(part => !string.IsNullOrWhiteSpace(part.Text))],
                    Subjects = library.Subjects.Of(AddressBook.Id(p)),
                    Questions = library.Questions.Of(AddressBook.Id(p)),
                };
        }
    }

    /// <summary>The unit with the terms the editors' subject index lists it under, and the readers' questions they wrote for it.</summary>
    private static SearchUnit Indexed(SearchUnit unit, ContentLibrary library)
    {
        var (terms, questions) = (library.Subjects.Of(unit.Id), library.Questions.Of(unit.Id));
        return terms.Count == 0 && questions.Count == 0 ? unit : unit with { Subjects = terms, Questions = questions };
    }

    private static SearchUnit Item(Paper paper, PaperItem item)
    {
        var starts = new List<(int, string, Locator)>();
        var offset = 0;
        foreach (var p in item.Paragraphs)
        {
            // The item's first paragraph is shown by the item's own page, so it is located as the item.
            starts.Add((offset, AddressBook.Paragraph(p), p == item.Paragraphs[0] ? item.Locator : p.Locator));
            offset += p.Text.Length + ParagraphSeparator.Length;
        }
        var text = string.Join(ParagraphSeparator, item.Paragraphs.Select(p => p.Text));
        return new SearchUnit(AddressBook.Id(item), item.Part.ItemNoun, $"{item.Label}: {item.Title}", paper.Id,
            AddressBook.Item(item), $"{paper.ShortTitle} › {item.Part.Numeral} › {item.Label}", text, starts, TitleIsSearchable: true, IsItem: true,
            // The editors' label ("Africa") and the reference ("III.8") are searchable, never shown as the paper's words.
            Headings: string.Join(" · ", new[] { item.EditorsLabel, item.Reference }.Where(s => !string.IsNullOrWhiteSpace(s))))
        {
            ItemName = item.Label, EditorsLabel = item.EditorsLabel, FirstSentence = item.Title,
        };
    }

    private static SearchUnit Single(Paragraph p, string kind, string title, string location, bool titleSearchable)
    {
        var url = AddressBook.Paragraph(p);
        return new SearchUnit(AddressBook.Id(p), kind, title, p.Document.Id, url, location, p.Text, [(0, url, p.Locator)], titleSearchable);
    }
}
