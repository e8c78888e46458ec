using System.Globalization;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

/// <summary>
/// Every public address of one edition, formatted and resolved in one place: documents, parts, items, paragraphs,
/// sentences and ranges of them, and the citation, embed, download, term, comparison and <c>/ref</c> addresses
/// built on them. Addresses are a contract with every site that links here, so each spelling that ever answered
/// keeps answering; <see cref="Resolve(string, string?)"/> is the inverse of every formatter here.
/// </summary>
/// <remarks>
/// Fragments. A paragraph's fragment is its anchor (<c>p5</c>, <c>priority-4-p2</c>, <c>priorities-p1</c>). Sentences are
/// numbered within an item, or within a paragraph outside items; their element ids are the container's anchor and
/// the number (<c>commitment-4-s3</c>, <c>p5-s2</c>), the same on every page that shows them. An item's own page also
/// answers the short <c>s3</c> its citations have always used. Ranges join two ends: <c>s2-s3</c>, <c>p4-p6</c>.
/// </remarks>
public sealed partial class AddressBook
{
    private readonly ContentLibrary library;
    private readonly Dictionary<string, PaperPart> partsBySlug;
    /// <summary>The one way back from a place to a paragraph: every paragraph of every text, by its locator.</summary>
    private readonly Dictionary<Locator, Paragraph> paragraphs;

    /// <summary>Built once per content version, by the loader; every part of the edition shares it (<see cref="ContentLibrary.Addresses"/>).</summary>
    internal AddressBook(ContentLibrary library)
    {
        this.library = library;
        partsBySlug = library.Paper.Parts.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        paragraphs = [];
        foreach (var paragraph in library.Paragraphs) paragraphs.TryAdd(paragraph.Locator, paragraph);
        References = new References.ReferenceGrammar(library, this);
    }

    /// <summary>The one reading of references ("II.4", "Khokhar ¶4") into places of this edition.</summary>
    public References.ReferenceGrammar References { get; }

    // ---- Fragments and ids: the only place they are spelled --------------------------------------------------------

    /// <summary>An item's fragment and element id: <c>commitment-4</c>.</summary>
    public static string Fragment(PaperItem item) => $"{item.Part.ItemNoun}-{item.Number}";

    /// <summary>A paragraph's fragment and element id: <c>p5</c>, <c>p2.1</c>, <c>commitment-4-p2</c>, <c>priorities-p1</c>.</summary>
    public static string Fragment(Paragraph paragraph) => paragraph switch
    {
        { Item: { } item } => $"{Fragment(item)}-p{paragraph.Label}",
        { Part: { } part } => $"{part.Slug}-p{paragraph.Label}",
        _ => $"p{paragraph.Label}",
    };

    /// <summary>The stable id of a paragraph in the data and the index: <c>lei-kezhong/p5</c>, <c>paper/commitment-4-p2</c>.</summary>
    public static string Id(Paragraph paragraph) => $"{paragraph.Document.Id}/{paragraph.Anchor}";

    /// <summary>The stable id of an item: <c>paper/commitment-4</c>.</summary>
    public static string Id(PaperItem item) => $"{item.Paragraphs[0].Document.Id}/{item.Anchor}";

    // ---- Pages -------------------------------------------------------------------------------------------------

    public static string Part(PaperPart part) => $"{Routes.Paper}/{part.Slug}";

    public static string Item(PaperItem item) => $"{Routes.Paper}/{item.Part.Slug}/{item.Number}";

    /// <summary>The page of a part's introduction or closing passage on its own: <c>/paper/priorities/introduction</c>.</summary>
    public static string Section(PaperPart part, string section) => $"{Routes.Paper}/{part.Slug}/{section}";

    public static string Commentary(Commentary commentary) => $"{Routes.Commentaries}/{commentary.Id}";

    public static string Document(Document document) => document is Commentary c ? Commentary(c) : Routes.Paper;

    /// <summary>The page that shows a paragraph best, with its anchor; an item's first paragraph is the item's page itself.</summary>
    public static string Paragraph(Paragraph paragraph) => paragraph switch
    {
        { Document: Commentary c } => $"{Commentary(c)}#{paragraph.Anchor}",
        { Item: { } item } when item.Paragraphs[0] == paragraph => Item(item),
        { Item: { } item } => $"{Item(item)}#{paragraph.Anchor}",
        { Part: { } part } => $"{Part(part)}#{paragraph.Anchor}",
        _ => Routes.Paper,
    };

    /// <summary>The same place on the whole-paper page (<c>/paper#commitment-4</c>, <c>/paper#commitment-4-s3</c>).</summary>
    public static string InWholePaper(Passage passage) => passage.Kind switch
    {
        PassageKind.Document => Routes.Paper,
        PassageKind.Part => $"{Routes.Paper}#{passage.Part!.Slug}",
        PassageKind.Item => $"{Routes.Paper}#{passage.Item!.Anchor}",
        _ => $"{Routes.Paper}#{QualifiedFragment(passage)}",
    };

    /// <summary>The paper's own numbering as a short address: <c>/ref/II.4</c>.</summary>
    public static string Reference(PaperItem item) => $"{Routes.Reference}/{item.Reference}";

    /// <summary>
    /// A commentary paragraph's sentence that holds the character at <paramref name="offset"/> of its text, with
    /// <paramref name="words"/> to mark on arrival when given: where a coverage cell sends a reader, to the words the
    /// link rests on rather than the top of a long paragraph (a reviewer). The paragraph itself if no sentence holds it.
    /// </summary>
    public static string AtWords(Paragraph paragraph, int offset, string? words)
    {
        var at = paragraph.Document is Commentary c ? SentenceAt(paragraph, offset) is { } sentence ? $"{Commentary(c)}#{SentenceId(paragraph, sentence)}" : null : null;
        var address = at ?? Paragraph(paragraph);
        return string.IsNullOrWhiteSpace(words) ? address : WithHighlight(address, words);
    }

    /// <summary>
    /// The sentence of a paragraph that holds the character at <paramref name="offset"/> of its text, as a passage
    /// (<c>/paper/commitments/4#s3</c>, <c>/paper/background#background-p3-s2</c>); null when no sentence holds it.
    /// </summary>
    public static Passage? SentenceHolding(Paragraph paragraph, int offset) =>
        SentenceAt(paragraph, offset) is { } sentence ? OfSentences(paragraph, sentence.Number, sentence.Number) : null;

    /// <summary>The sentence a character of the paragraph's text stands in; sentences are the text's own pieces, in order.</summary>
    private static Sentence? SentenceAt(Paragraph paragraph, int offset)
    {
        var from = 0;
        foreach (var sentence in paragraph.Sentences)
        {
            var start = paragraph.Text.IndexOf(sentence.Text, from, StringComparison.Ordinal);
            if (start < 0) return null;
            if (offset < start + sentence.Text.Length) return offset >= start ? sentence : null;
            from = start + sentence.Text.Length;
        }
        return null;
    }

    /// <summary>An address with words to mark on arrival, the query placed before any fragment.</summary>
    public static string WithHighlight(string address, string words)
    {
        var hash = address.IndexOf('#');
        var (page, fragment) = hash < 0 ? (address, "") : (address[..hash], address[hash..]);
        var separator = page.Contains('?') ? '&' : '?';
        return $"{page}{separator}{Routes.HighlightParameter}={Uri.EscapeDataString(words)}{fragment}";
    }

    public static string Search(string query) => $"{Routes.Search}?q={Uri.EscapeDataString(query)}";

    /// <summary>The quote check's verdict on a passage, as an address to share: <c>/quote-check?text=…</c>.</summary>
    /// <remarks>
    /// A passage ending in punctuation is followed by <c>#verdict</c>, the verdict's heading: pasted into prose, a link's
    /// last "." or ")" is taken for the sentence's by mail and chat linkifiers, and the verdict's address lost its
    /// quotation's full stop (a fresh-eyes review). It was kept by escaping it (<c>…difficulties%2E</c>), which read
    /// badly where pasted (review 21, T7); the fragment is never sent, so the address reads back the same passage.
    /// </remarks>
    public static string QuoteCheck(string passage)
    {
        var address = $"{Routes.QuoteCheck}?text={Uri.EscapeDataString(passage)}";
        return LegibleAddress.EndsInDroppable(passage) ? address + "#" + QuoteCheckVerdict : address;
    }

    /// <summary>The quote check's verdict heading's id, which closes a verdict's address ending in punctuation.</summary>
    public const string QuoteCheckVerdict = "verdict";

    public static string Term(string slug) => $"{Routes.Terms}/{slug}";

    /// <summary>A heading of the subject index: <c>/subjects#blue-helmets</c>.</summary>
    public static string Subject(Subjects.SubjectHeading heading) => $"{Routes.Subjects}#{heading.Anchor}";

    public static string Compare(PaperItem item) => $"{Routes.Compare}/{item.Part.Slug}/{item.Number}";

    /// <summary>What can be compared: <c>/compare</c>, or one part's items, <c>/compare/commitments</c>.</summary>
    public static string CompareIndex(PaperPart? part = null) => part is null ? Routes.Compare : $"{Routes.Compare}/{part.Slug}";

    /// <summary>
    /// Two commentaries side by side on an item: <c>/paper/commitments/4/commentaries?a=dong-chunling&amp;b=ovais-ali-khokhar</c>;
    /// with neither named, the bare address sets out the two that say most on it.
    /// </summary>
    public static string SideBySide(PaperItem item, Commentary? a = null, Commentary? b = null) => Item(item) + Routes.SideBySideSuffix + Pair(a, b);

    /// <summary>Two commentaries side by side on a key term: <c>/terms/global-security-governance/commentaries?a=…&amp;b=…</c>.</summary>
    public static string SideBySide(string termSlug, Commentary? a = null, Commentary? b = null) => Term(termSlug) + Routes.SideBySideSuffix + Pair(a, b);

    private static string Pair(Commentary? a, Commentary? b) =>
        a is null || b is null ? "" : $"?{Routes.PairFirstParameter}={a.Id}&{Routes.PairSecondParameter}={b.Id}";

    // ---- Citations, embeds, downloads, data -----------------------------------------------------------------------

    /// <summary><c>/cite/paper/commitments/4?format=bibtex</c>, with <c>&amp;at=s2-s3</c> for a passage narrower than its page.</summary>
    public static string Cite(Passage passage, string formatKey) =>
        $"{Routes.Cite}{passage.Page}?format={formatKey}" + (passage.Fragment is { } f ? $"&at={f}" : "");

    /// <summary><c>/embed/paper/commitments/4</c>, <c>/embed/commentaries/lei-kezhong/p5</c>, <c>/embed/paper/commitments/4/s2-s3</c>.</summary>
    public static string Embed(Passage passage, int? lines = null) =>
        $"{Routes.Embed}{passage.Page}" + (passage.Fragment is { } f ? $"/{f}" : "") + (lines is { } n ? $"?{Routes.EmbedLinesParameter}={n}" : "");

    /// <summary>One entry of the changelog: <c>/changes#editors-labels</c>.</summary>
    public static string Change(Changes.Change change) => $"{Routes.Changes}#{change.Id}";

    /// <summary><c>/download/paper.md</c>, <c>/download/lei-kezhong.txt</c>.</summary>
    public static string Download(Document document, string extension) => $"{Routes.Download}/{document.Id}.{extension}";

    /// <summary>The data API's address of a document, part or item.</summary>
    public static string Data(Passage passage) => passage.Kind switch
    {
        PassageKind.Part => $"{Routes.Api}{Part(passage.Part!)}",
        PassageKind.Item => $"{Routes.Api}{Item(passage.Item!)}",
        _ => passage.Document is Commentary c ? $"{Routes.Api}{Commentary(c)}" : $"{Routes.Api}{Routes.Paper}",
    };

    public static string CrossReferencesData(PaperItem item) => $"{Routes.Api}{Item(item)}/links";

    public static string TermData(string slug) => $"{Routes.ApiTerms}/{slug}";

    // ---- Passages ---------------------------------------------------------------------------------------------

    public static Passage Of(Document document) =>
        new(PassageKind.Document, document, null, null, document.Paragraphs, [], Document(document), null);

    public static Passage Of(PaperPart part) =>
        new(PassageKind.Part, part.Paragraphs.First().Document, part, null, part.Paragraphs.ToList(), [], Part(part), null);

    public static Passage Of(PaperItem item) =>
        new(PassageKind.Item, item.Paragraphs[0].Document, item.Part, item, item.Paragraphs, [], Item(item), null);

    /// <summary>A run of paragraphs of one item, one part's own passages or one commentary (a whole item's run is the item).</summary>
    public static Passage OfParagraphs(Paragraph first, Paragraph last)
    {
        var siblings = Siblings(first);
        int from = IndexIn(siblings, first), to = IndexIn(siblings, last);
        if (from < 0 || to < from) throw new ArgumentException($"{last.Anchor} does not follow {first.Anchor} in one item or document");
        if (first.Item is { } item && from == 0 && to == siblings.Count - 1) return Of(item);
        var run = siblings.Skip(from).Take(to - from + 1).ToList();
        var fragment = first == last ? first.Anchor : $"{first.Anchor}-p{last.Label}";
        return new(PassageKind.Paragraphs, first.Document, first.Part, first.Item, run, [], PageOf(first), fragment);
    }

    /// <summary>A run of sentences of one item (numbered through its paragraphs) or of one paragraph outside items.</summary>
    public static Passage OfSentences(PaperItem item, int first, int last)
    {
        var sentences = item.Sentences.Where(s => s.Number >= first && s.Number <= last).ToList();
        var paragraphs = item.Paragraphs.Where(p => p.Sentences.Any(s => s.Number >= first && s.Number <= last)).ToList();
        return new(PassageKind.Sentences, item.Paragraphs[0].Document, item.Part, item, paragraphs, sentences, Item(item), SentenceFragment("", first, last));
    }

    public static Passage OfSentences(Paragraph paragraph, int first, int last)
    {
        if (paragraph.Item is { } item) return OfSentences(item, first, last);
        var sentences = paragraph.Sentences.Where(s => s.Number >= first && s.Number <= last).ToList();
        return new(PassageKind.Sentences, paragraph.Document, paragraph.Part, null, [paragraph], sentences, PageOf(paragraph),
            SentenceFragment($"{paragraph.Anchor}-", first, last));
    }

    /// <summary>The id a sentence carries on every page (<c>commitment-4-s3</c>, <c>p5-s2</c>).</summary>
    public static string SentenceId(Paragraph paragraph, Sentence sentence) =>
        $"{SentenceContainer(paragraph)}-s{sentence.Number}";

    /// <summary>The short id an item's own page also gives each sentence (<c>s3</c>), as its citations have always linked.</summary>
    public static string ShortSentenceId(Sentence sentence) => $"s{sentence.Number}";

    /// <summary>The fragment of a passage that every page showing it answers (sentences qualified by their container).</summary>
    public static string QualifiedFragment(Passage passage) => passage.Kind switch
    {
        PassageKind.Sentences => SentenceFragment($"{SentenceContainer(passage.Paragraphs[0])}-", passage.SentenceRange!.Value.First, passage.SentenceRange.Value.Last),
        PassageKind.Item => passage.Item!.Anchor,
        PassageKind.Part => passage.Part!.Slug,
        _ => passage.Fragment ?? "",
    };

    private static string SentenceContainer(Paragraph paragraph) => paragraph.Item?.Anchor ?? paragraph.Anchor;

    private static string SentenceFragment(string prefix, int first, int last) =>
        first == last ? $"{prefix}s{first}" : $"{prefix}s{first}-s{last}";

    private static string PageOf(Paragraph paragraph) => paragraph switch
    {
        { Document: Commentary c } => Commentary(c),
        { Item: { } item } => Item(item),
        { Part: { } part } => Part(part),
        _ => Routes.Paper,
    };

    /// <summary>The paragraphs a range may run across: an item's, one part's own passages, or a commentary's.</summary>
    private static IReadOnlyList<Paragraph> Siblings(Paragraph paragraph) => paragraph switch
    {
        { Item: { } item } => item.Paragraphs,
        { Part: { } part } => part.Introduction.Contains(paragraph) ? part.Introduction : part.Closing,
        _ => paragraph.Document.Paragraphs,
    };

    private static int IndexIn(IReadOnlyList<Paragraph> list, Paragraph p)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == p) return i;
        return -1;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
