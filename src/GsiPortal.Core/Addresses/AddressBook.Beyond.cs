using System.Globalization;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

/// <summary>
/// An address naming an item its part does not have (<c>/paper/priorities/21</c>): the part, the number asked for, and
/// the addresses a reader most likely wants instead, the part's last item and the part itself, written under the same
/// prefix (<c>/embed</c>, <c>/compare</c>) and with what followed the number.
/// </summary>
public sealed record ItemBeyond(PaperPart Part, int Asked, string LastItemAddress, string PartAddress)
{
    public PaperItem Last => Part.Items[^1];
}

/// <summary>
/// A download address that names no file, with the text it most likely meant at its real address:
/// <c>/download/commentaries/lei-kezhong.md</c> (the page's path put under /download) → <c>/download/lei-kezhong.md</c>.
/// </summary>
public sealed record MisplacedDownload(string Written, IReadOnlyList<TextAddress> Likely, IReadOnlyList<TextAddress> Every);

public sealed partial class AddressBook
{
    /// <summary>
    /// The item an address asks for beyond its part's count (or item 0): <c>/paper/{part}/{n}</c> and the same under
    /// <c>/embed</c> and <c>/compare/{part}/{n}</c>. Null when the part is unknown, has no items, or has the item.
    /// </summary>
    public ItemBeyond? ItemBeyondIn(string path)
    {
        var segments = path.Trim('/').Split('/');
        var at = segments.Length > 0 && segments[0] == "embed" ? 1 : 0;
        if (segments.Length < at + 3) return null;
        var kind = segments[at];
        if (kind != "paper" && !(at == 0 && "/" + kind == Routes.Compare)) return null;
        if (FindPart(segments[at + 1]) is not { Items.Count: > 0 } part) return null;
        if (!int.TryParse(segments[at + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || part.FindItem(number) is not null) return null;
        var last = part.Items[^1];
        var lastAddress = "/" + string.Join('/', segments.Select((s, i) => i == at + 2 ? last.Number.ToString(CultureInfo.InvariantCulture) : s));
        var partAddress = "/" + string.Join('/', segments.Take(at + 2));
        return new ItemBeyond(part, number, lastAddress, partAddress);
    }

    /// <summary>
    /// What a download address under <c>/download/…</c> that names no file was probably meant as: the last segment's
    /// name read as a text's id, with its extension (<c>.md</c> or <c>.txt</c>), at <c>/download/{id}.{ext}</c>. Null for
    /// an address that is a download, or that ends in no such extension.
    /// </summary>
    public MisplacedDownload? MisplacedDownloadIn(string path)
    {
        var segments = path.Trim('/').Split('/');
        if (segments.Length < 2 || "/" + segments[0] != Routes.Download) return null;
        var file = segments[^1];
        var dot = file.LastIndexOf('.');
        if (dot <= 0 || file[(dot + 1)..] is not ("md" or "txt")) return null;
        var id = file[..dot];
        if (segments.Length == 2 && FindDocument(id) is not null) return null;
        string AddressOf(Document d) => $"{Routes.Download}/{d.Id}{file[dot..]}";
        var likely = FindDocument(id) is { } exact ? [exact] : DocumentsLike(id);
        return new MisplacedDownload(file, [.. likely.Select(d => new TextAddress(d, AddressOf(d)))],
            [.. library.Documents.Select(d => new TextAddress(d, AddressOf(d)))]);
    }
}
