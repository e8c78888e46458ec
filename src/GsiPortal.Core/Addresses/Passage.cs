using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

/// <summary>What a public address names, from the widest to the narrowest.</summary>
public enum PassageKind { Document, Part, Item, Paragraphs, Sentences }

/// <summary>
/// What an address names — a document, a part or item of the paper, a run of paragraphs, or a run of sentences
/// within one item or paragraph — with its canonical page and fragment. Made only by the <see cref="AddressBook"/>,
/// so that citing, embedding, quoting and linking all agree on what an address means.
/// </summary>
public sealed record Passage(
    PassageKind Kind, Document Document, PaperPart? Part, PaperItem? Item,
    IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Sentence> Sentences, string Page, string? Fragment)
{
    /// <summary>The canonical address: the page, and the fragment when the passage is narrower than the page.</summary>
    public string Address => Fragment is null ? Page : $"{Page}#{Fragment}";

    /// <summary>The passage's words: its sentences joined, or its paragraphs separated by blank lines.</summary>
    public string Text => Kind == PassageKind.Sentences
        ? string.Join(' ', Sentences.Select(s => s.Text))
        : string.Join("\n\n", Paragraphs.Select(p => p.Text));

    /// <summary>The first and last sentence numbers, for a run of sentences.</summary>
    public (int First, int Last)? SentenceRange => Sentences.Count == 0 ? null : (Sentences[0].Number, Sentences[^1].Number);

    /// <summary>The first and last paragraph, for a run of paragraphs or the paragraph holding a run of sentences.</summary>
    public (Paragraph First, Paragraph Last) ParagraphRange => (Paragraphs[0], Paragraphs[^1]);

    /// <summary>
    /// The passage named for a reader: "Commitment 4: Indivisible security; legitimate concerns of all" (the item's
    /// <see cref="PaperItem.FullTitle"/>, as its page's title gives it), "Commitment 4, sentences 2–3",
    /// "Lei Kezhong (2022), ¶5", "Concept Paper, Part III: Priorities of cooperation, ¶1".
    /// </summary>
    public string Title => Kind switch
    {
        PassageKind.Document => Document.Title,
        PassageKind.Part => $"Part {Part!.Numeral}: {Part.Title}",
        PassageKind.Item => Item!.FullTitle,
        PassageKind.Paragraphs => $"{Where}, {Pilcrows}",
        _ => Item is { } item ? $"{item.Label}, {SentenceWords}" : $"{Where}, {Pilcrows}, {SentenceWords}",
    };

    /// <summary>
    /// The heading set above the passage's own words (the embed): its title, or only the item's label where the title
    /// is the item's first sentence (no editors' label), which the words below would repeat.
    /// </summary>
    public string HeadingAboveText => Kind == PassageKind.Item && !Item!.HeadingIsEditors ? Item.Label : Title;

    /// <summary>Who wrote it and when: "The Global Security Initiative Concept Paper (21 February 2023)", "Lei Kezhong, “…” (7 June 2022)".</summary>
    /// <remarks>With typographic apostrophes, as the citations write the same names and titles ("China’s Vision…").</remarks>
    public string Attribution => GsiPortal.Core.Text.Typography.Curly(Document.Kind == DocumentKind.Paper
        ? $"{Document.Title} ({Document.Date.Display})"
        : $"{Document.Author}, “{Document.Title}” ({Document.Date.Display})");

    private string Where => Paragraphs[0] switch
    {
        { Item: { } item } => item.Label,
        { Part: { } part } => $"{Document.ShortTitle}, Part {part.Numeral}: {part.Title}",
        _ => Document.Attribution,
    };

    private string Pilcrows => Paragraphs[0] is { Item: null, Part: { Items.Count: > 0 } part } first
        ? (part.PlaceOf(first), part.PlaceOf(Paragraphs[^1])) switch
        {
            // A part whose numbered paragraphs are its items: its own passages are named by their place, never "¶2".
            ((var section, null), _) => $"{section}",
            ((var section, var from), (_, var to)) when from == to => $"{section}, paragraph {from}",
            ((var section, var from), (_, var to)) => $"{section}, paragraphs {from}–{to}",
        }
        : Paragraphs.Count == 1 ? $"¶{Paragraphs[0].Label}" : $"¶{Paragraphs[0].Label}–{Paragraphs[^1].Label}";

    private string SentenceWords => Sentences.Count == 1 ? $"sentence {Sentences[0].Number}" : $"sentences {Sentences[0].Number}–{Sentences[^1].Number}";

    /// <summary>Where the passage stands, as a value: what the references API, search hits and citations carry.</summary>
    public Locator Locator => Kind switch
    {
        PassageKind.Document => new Locator(Document.Id),
        PassageKind.Part => new Locator(Document.Id, Part!.Slug),
        PassageKind.Item => Item!.Locator,
        PassageKind.Paragraphs => Paragraphs[0].Locator.ToParagraph(Paragraphs[^1].Label),
        _ => (Item?.Locator ?? Paragraphs[0].Locator).WithSentences(Sentences[0].Number, Sentences[^1].Number),
    };

    /// <summary>True for what can stand alone in an embed or a quotation: an item, paragraphs or sentences.</summary>
    public bool IsQuotable => Kind is PassageKind.Item or PassageKind.Paragraphs or PassageKind.Sentences;
}
