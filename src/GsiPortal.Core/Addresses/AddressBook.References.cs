using System.Globalization;
using System.Text.RegularExpressions;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

public sealed partial class AddressBook
{
    /// <summary>
    /// The passage a reference names as readers write it (<c>II.4</c>, <c>2.4</c>, <c>commitment four</c>, <c>Part III</c>,
    /// <c>Khokhar ¶4</c>), read by the one <see cref="References.ReferenceGrammar"/>; the first of a range or list. Null
    /// when it names nothing; <see cref="References"/> says why.
    /// </summary>
    public Passage? ResolveReference(string reference) => References.Read(reference) is { Names: true } reading ? reading.Passages[0] : null;

    /// <summary>
    /// The one address for what a reference names: the passage's own; for several items of one part ("II.4-II.5",
    /// "priorities 3–5") the part's page at the first, where they are read in a row, so that none is dropped; else the first's.
    /// </summary>
    public static string AddressOf(IReadOnlyList<Passage> passages) =>
        passages.Count > 1 && passages.All(p => p.Kind == PassageKind.Item && p.Part == passages[0].Part)
            ? $"{Part(passages[0].Part!)}#{passages[0].Item!.Anchor}"
            : passages[0].Address;

    private static readonly string[] VerbatimPrefixes = [Routes.Reference + "/", Routes.Api + "/", "/css/", "/js/", "/img/"];

    /// <summary>
    /// The canonical spelling of a path that names a page in another spelling — trailing slash, upper case, a singular
    /// part name (<c>/paper/commitment/4</c>), a part's numeral or number (<c>/paper/ii/4</c>), several slashes in a row anywhere —
    /// or null when the path already is canonical. The result always starts with one '/', so it stays on this site.
    /// </summary>
    public string? Canonical(string path)
    {
        // Every run of slashes is one, in one redirect: only the leading run was collapsed, so //paper//commitments/4
        // went to /paper//commitments/4, a 404 (review 18, D8).
        var own = CollapseSlashes("/" + path.TrimStart('/', '\\'));
        // /ref/ keeps the paper's own upper-case numerals; the API and static files are matched as they are.
        if (VerbatimPrefixes.Any(prefix => own.StartsWith(prefix, StringComparison.Ordinal)))
            return own == path ? null : own;
        var canonical = own.Length > 1 ? own.TrimEnd('/') : own;
        if (canonical.Length == 0) canonical = "/";
        canonical = canonical.ToLowerInvariant();
        var segments = canonical.Split('/');
        if (segments.Length is 3 or 4 && segments[1] == "paper" && PartSlug(segments[2]) is { } slug)
            segments[2] = slug;
        // The paper's own numbering after /paper/ (/paper/II.4, /paper/III.11:s2), as /ref/ reads it: upper case alone
        // was lowered to /paper/ii.4, a 404 (a fresh-eyes review). Only a passage of the paper, and the fragment kept.
        else if (segments.Length == 3 && segments[1] == "paper" && segments[2].Length > 0 && char.IsAsciiLetterOrDigit(segments[2][0])
            && References.Read(own.Split('/')[2]) is { Names: true } reading && AddressOf(reading.Passages) is var address
            && address.StartsWith(Routes.Paper + "/", StringComparison.Ordinal))
            return address;
        // An item's number written otherwise than in its digits (/paper/commitments/04, /compare/priorities/007, …/+4,
        // /paper/commitments/IV): it names that number, so it is that number's address (the embed, citation and
        // comparison ones too). The reference grammar reads the number, Roman numerals as /ref reads them in "II.IV".
        for (var i = 2; i < segments.Length; i++)
            if (IsPartSlug(segments[i - 1]) && ItemNumber(segments[i]) is { } number)
                segments[i] = number;
        canonical = string.Join('/', segments);
        if (canonical == path) return null;
        // A text's address that names nothing once respelled is not redirected: the redirect led to a 404 at an
        // address the reader never wrote (/paper/commitments/Four → …/four, Ⅳ → ⅳ, a broken escape re-encoded as
        // %25e0%25a4%25a: review 19, D13). The 404 answers the address as written, with its suggestions.
        if (segments.Length is 3 or 4 && segments[1] is "paper" or "commentaries" && Resolve(canonical) is null) return null;
        return canonical;
    }

    private static string CollapseSlashes(string path)
    {
        if (!path.Contains("//", StringComparison.Ordinal)) return path;
        var collapsed = new System.Text.StringBuilder(path.Length);
        foreach (var c in path)
            if (c != '/' || collapsed.Length == 0 || collapsed[^1] != '/') collapsed.Append(c);
        return collapsed.ToString();
    }

    private bool IsPartSlug(string segment) => library.Paper.Parts.Any(p => p.Slug == segment);

    /// <summary>The digits of an item's number written otherwise ("04", "+4", " 4", "iv"); else null.</summary>
    private static string? ItemNumber(string segment) =>
        GsiPortal.Core.References.ReferenceGrammar.ItemNumber(segment) is { } number
            && number.ToString(CultureInfo.InvariantCulture) is var digits && digits != segment ? digits : null;

    /// <summary>"commitment", "ii" or "2" → "commitments"; null for what names no part.</summary>
    private string? PartSlug(string key) =>
        library.Paper.Parts.FirstOrDefault(p => p.Slug == key || (p.ItemNoun.Length > 0 && p.ItemNoun == key))?.Slug ?? library.Paper.FindPart(key)?.Slug;
}
