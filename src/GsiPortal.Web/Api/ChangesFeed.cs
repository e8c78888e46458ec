using System.Globalization;
using System.Text;
using System.Xml;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>/changes.atom</c>: the changelog as an Atom 1.0 feed (RFC 4287), one entry per change, so that a reader's
/// feed reader learns of a corrected or added text. Entry ids are name-based UUIDs of the change's permanent id
/// (<see cref="AtomIds"/>), the same whatever host the site is reached by.
/// </summary>
public static class ChangesFeed
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static void MapChangesFeed(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.ChangesFeed, (HttpContext context, Edition edition, EditionArchiving archiving) =>
                Results.Bytes(Write(edition, SiteOrigin.Of(context), archiving.Catalog), "application/atom+xml; charset=utf-8"))
            .WithTags(ApiTags.Editions).WithName("ChangesFeed").WithSummary("The changelog as an Atom 1.0 feed, one entry per change.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml");

    public static byte[] Write(Edition edition, string origin, EditionCatalog? catalog = null)
    {
        var changes = edition.Library.Changes;
        var xml = new MemoryStream();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteElementString("id", AtomNamespace, AtomIds.Feed);
            writer.WriteElementString("title", AtomNamespace, "GsiPortal: changes to the texts");
            var known = catalog ?? EditionCatalog.Empty;
            var entries = ChangeOrder.NewestFirst(changes, known);
            // A feed must say when it last changed: its newest entry's; with no change recorded, the day the edition was built.
            writer.WriteElementString("updated", AtomNamespace, entries.Count > 0 ? Updated(entries[0], known) : Timestamp(DateOnly.FromDateTime(edition.BuiltAt.UtcDateTime)));
            Link(writer, "self", origin + Routes.ChangesFeed, "application/atom+xml");
            Link(writer, "alternate", origin + Routes.Changes, "text/html");
            writer.WriteStartElement("author", AtomNamespace);
            writer.WriteElementString("name", AtomNamespace, "GsiPortal editors");
            writer.WriteEndElement();
            foreach (var change in entries) Entry(writer, change, edition, origin, known);
            writer.WriteEndElement();
        }
        return xml.ToArray();
    }

    private static void Entry(XmlWriter writer, Change change, Edition edition, string origin, EditionCatalog catalog)
    {
        writer.WriteStartElement("entry", AtomNamespace);
        writer.WriteElementString("id", AtomNamespace, AtomIds.Entry(change));
        // What changed, in the changelog's words (its title, else its summary's first sentence): a feed reader's list
        // shows titles alone, and "Annotated: Concept Paper" said which text, not what became of it.
        writer.WriteElementString("title", AtomNamespace, change.Headline);
        writer.WriteStartElement("category", AtomNamespace);
        writer.WriteAttributeString("term", change.KindKey);
        writer.WriteAttributeString("label", Capitalised(change.KindKey));
        writer.WriteEndElement();
        writer.WriteElementString("updated", AtomNamespace, Updated(change, catalog));
        Link(writer, "alternate", origin + AddressBook.Change(change), "text/html");
        // The passages it touched, in the edition before and the edition that first held it (rel="related", RFC 4287 4.2.7.2).
        var placed = ChangeInEditions.Of(change, catalog, edition.Paper.Id);
        // Written down when the changelog began: the two editions show nothing of the change, so no "before" and "after".
        if (placed.RecordedWhenTheChangelogBegan) placed = placed with { Before = null, Passages = [] };
        foreach (var passage in placed.Passages)
        {
            if (placed.OldAddress(passage) is { } old) Link(writer, "related", origin + old, "text/html", $"{passage.Address} as it was");
            Link(writer, "related", origin + placed.NewAddress(passage), "text/html", $"{passage.Address} as changed");
        }
        if (placed.Passages.Count == 0 && placed.Before is not null)
            foreach (var id in change.Texts)
                if (edition.Library.FindDocument(id) is { } document && placed.TextAddresses(AddressBook.Document(document)) is ({ } old, { } now))
                {
                    Link(writer, "related", origin + old, "text/html", $"{document.ShortTitle} before the change");
                    Link(writer, "related", origin + now, "text/html", $"{document.ShortTitle} after the change");
                }
        writer.WriteStartElement("content", AtomNamespace);
        writer.WriteAttributeString("type", "text");
        writer.WriteString(change.Summary);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, string href, string type, string? title = null)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("type", type);
        if (title is not null) writer.WriteAttributeString("title", title);
        writer.WriteEndElement();
    }

    /// <summary>An entry's time: the moment on its day it first appeared (<see cref="ChangeOrder.TimeOnItsDay"/>), the page's order.</summary>
    private static string Updated(Change change, EditionCatalog catalog) =>
        ChangeOrder.TimeOnItsDay(change, catalog).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339, as Atom requires; a change known only by its day, midnight UTC.</summary>
    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
