using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.HowToCite;

/// <summary>How to cite, link, embed and reuse, for a human reader, with examples taken from the texts as they stand.</summary>
public class IndexModel(Edition edition) : PortalPage(edition)
{
    public string Origin { get; private set; } = "";
    /// <summary>The examples: an item, its sentences and a range, an item with an editors' label, a commentary paragraph.</summary>
    public PaperItem Item { get; private set; } = null!;
    public PaperItem? Labelled { get; private set; }
    public Passage Sentence { get; private set; } = null!;
    public Passage Range { get; private set; } = null!;
    public Commentary? Commentary { get; private set; }
    public Passage? CommentaryParagraph { get; private set; }
    public Passage? CommentaryRange { get; private set; }
    /// <summary>An oEmbed request for the example range, narrower than the default width.</summary>
    public string OEmbedExample => $"{Routes.OEmbed}?url={Uri.EscapeDataString(Origin + Range.Address)}&maxwidth=400&format=json";

    public void OnGet()
    {
        Origin = SiteOrigin.Of(HttpContext);
        var withItems = Paper.Parts.First(p => p.Items.Count > 0);
        Item = withItems.Items[Math.Min(3, withItems.Items.Count - 1)];
        var count = Item.Sentences.Count();
        Sentence = AddressBook.OfSentences(Item, Math.Min(2, count), Math.Min(2, count));
        Range = AddressBook.OfSentences(Item, Math.Min(2, count), Math.Min(3, count));
        Labelled = Paper.Items.FirstOrDefault(i => i.HeadingIsEditors);
        Commentary = Library.Commentaries.FirstOrDefault();
        if (Commentary is { Paragraphs.Count: > 0 } c)
        {
            var p = c.Paragraphs[Math.Min(4, c.Paragraphs.Count - 1)];
            CommentaryParagraph = AddressBook.OfParagraphs(p, p);
            CommentaryRange = AddressBook.OfParagraphs(c.Paragraphs[Math.Max(0, p.Ordinal - 2)], p);
        }
        Info = new PageInfo("How to cite, link and embed — GsiPortal",
            "Addresses for every part, item, paragraph and sentence of the Global Security Initiative Concept Paper and its commentaries; citations in six formats; embeds; the data API.",
            Routes.HowToCite, "how-to-cite");
    }
}
