using System.Text.Encodings.Web;
using System.Text.Json;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// schema.org JSON-LD: the paper as a CreativeWork with its parts and items through hasPart / isPartOf;
/// a commentary as an Article with author, datePublished, publisher and <c>about</c> the paper.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Paper(Paper paper, string origin) => Serialize(PaperNode(paper, origin, withParts: true));

    public static string Part(PaperPart part, Paper paper, string origin) => Serialize(PartNode(part, origin, withItems: true, paperNode: PaperReference(paper, origin)));

    public static string Item(PaperItem item, Paper paper, string origin)
    {
        var node = ItemNode(item, origin);
        node["isPartOf"] = PartNode(item.Part, origin, withItems: false, paperNode: PaperReference(paper, origin));
        // No "text": the words are the page's own, a second copy in the head would only double the page.
        return Serialize(node);
    }

    public static string Commentary(Commentary commentary, Paper paper, string origin)
    {
        var node = Node("Article", origin + AddressBook.Commentary(commentary), commentary.Title);
        node["headline"] = commentary.Title;
        node["author"] = Author(commentary);
        node["datePublished"] = commentary.Date.Iso;
        node["inLanguage"] = commentary.Meta.Language ?? "en";
        if (!string.IsNullOrEmpty(commentary.Meta.Venue)) node["publisher"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = commentary.Meta.Venue };
        node["about"] = PaperNode(paper, origin, withParts: false);
        return Serialize(node);
    }

    private static Dictionary<string, object> PaperNode(Paper paper, string origin, bool withParts)
    {
        var node = Node("CreativeWork", origin + Routes.Paper, paper.Title);
        node["author"] = Author(paper);
        node["datePublished"] = paper.Date.Iso;
        node["inLanguage"] = paper.Meta.Language ?? "en";
        if (paper.Meta.SourceUrl is { } source) node["sameAs"] = source;
        if (withParts) node["hasPart"] = paper.Parts.Select(p => PartNode(p, origin, withItems: true, paperNode: null)).ToList();
        return node;
    }

    /// <summary>
    /// The paper as another page names it: type, @id and name. Its author, date and source are stated once, on
    /// <c>/paper</c> (whose node has this @id) and in every text page's citation meta; repeating them in each
    /// item's JSON-LD cost some 300 bytes a page (issue #16).
    /// </summary>
    private static Dictionary<string, object> PaperReference(Paper paper, string origin) => Node("CreativeWork", origin + Routes.Paper, paper.Title);

    private static Dictionary<string, object> PartNode(PaperPart part, string origin, bool withItems, Dictionary<string, object>? paperNode)
    {
        var node = Node("CreativeWork", origin + AddressBook.Part(part), part.Heading);
        node["position"] = part.Number;
        if (withItems && part.Items.Count > 0) node["hasPart"] = part.Items.Select(i => ItemNode(i, origin)).ToList();
        if (paperNode is not null) node["isPartOf"] = paperNode;
        return node;
    }

    private static Dictionary<string, object> ItemNode(PaperItem item, string origin)
    {
        var node = Node("CreativeWork", origin + AddressBook.Item(item), item.FullTitle);
        node["position"] = item.Number;
        return node;
    }

    private static Dictionary<string, object> Author(Document document) =>
        document.Meta.AuthorFamily is null
            ? new() { ["@type"] = "Organization", ["name"] = document.Author }
            : new() { ["@type"] = "Person", ["name"] = document.Author, ["familyName"] = document.Meta.AuthorFamily, ["givenName"] = document.Meta.AuthorGiven!, ["jobTitle"] = document.Meta.Role ?? "" };

    private static Dictionary<string, object> Node(string type, string id, string name) => new()
    {
        ["@type"] = type, ["@id"] = id, ["name"] = name,
    };

    /// <summary>
    /// The context once, on the outermost node; nested nodes inherit it. Only the page's own node states its
    /// <c>url</c> (the address readers open); the nodes it points to are named by <c>@id</c>, the same address, which
    /// spares each item page a second copy of two absolute addresses.
    /// </summary>
    private static string Serialize(Dictionary<string, object> node) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["@context"] = "https://schema.org", ["@type"] = node["@type"], ["@id"] = node["@id"], ["url"] = node["@id"] }
            .Concat(node.Where(kv => kv.Key is not ("@type" or "@id"))).ToDictionary(), Options);
}
