using System.Globalization;
using System.Text.RegularExpressions;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

public sealed partial class AddressBook
{
    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    [GeneratedRegex(@"^(?<part>[IVXivx]+|[0-9]{1,2})(?:\.(?<item>[0-9]{1,3}))?$")]
    private static partial Regex ShortReference();

    [GeneratedRegex(@"^(?<noun>[a-z]+)\s+(?<number>[0-9]{1,3}|[a-z]+|[ivx]+)$")]
    private static partial Regex SpokenReference();

    /// <summary>
    /// The paper's own numbering, as readers write it: <c>II.4</c>, <c>ii.4</c>, <c>2.4</c>, <c>III</c>; or in words:
    /// <c>commitment 4</c>, <c>priority eight</c>, <c>Platform 5</c>, <c>part III</c>. Null when it names nothing.
    /// </summary>
    public Passage? ResolveReference(string reference)
    {
        var text = string.Join(' ', reference.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (ShortReference().Match(text) is { Success: true } code)
        {
            if (library.Paper.FindPart(code.Groups["part"].Value) is not { } part) return null;
            if (!code.Groups["item"].Success) return Of(part);
            return part.FindItem(int.Parse(code.Groups["item"].Value, CultureInfo.InvariantCulture)) is { } item ? Of(item) : null;
        }
        if (SpokenReference().Match(text.ToLowerInvariant()) is not { Success: true } spoken) return null;
        var noun = spoken.Groups["noun"].Value;
        var numberText = spoken.Groups["number"].Value;
        if (noun == "part")
            return library.Paper.FindPart(numberText) is { } p ? Of(p)
                : NumberOf(numberText) is { } n && library.Paper.FindPart(Number(n)) is { } q ? Of(q) : null;
        var owner = library.Paper.Parts.FirstOrDefault(p => p.ItemNoun.Length > 0 && (p.ItemNoun == noun || p.Slug == noun));
        return owner is not null && NumberOf(numberText) is { } number && owner.FindItem(number) is { } found ? Of(found) : null;
    }

    private static readonly string[] VerbatimPrefixes = [Routes.Reference + "/", Routes.Api + "/", "/css/", "/js/", "/img/"];

    private static int? NumberOf(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : Array.IndexOf(NumberWords, text) is var i and > 0 ? i : null;

    /// <summary>
    /// The canonical spelling of a path that names a page in another spelling — trailing slash, upper case, a singular
    /// part name (<c>/paper/commitment/4</c>), a part's numeral or number (<c>/paper/ii/4</c>), several leading slashes —
    /// or null when the path already is canonical. The result always starts with one '/', so it stays on this site.
    /// </summary>
    public string? Canonical(string path)
    {
        var own = "/" + path.TrimStart('/', '\\');
        // /ref/ keeps the paper's own upper-case numerals; the API and static files are matched as they are.
        if (VerbatimPrefixes.Any(prefix => own.StartsWith(prefix, StringComparison.Ordinal)))
            return own == path ? null : own;
        var canonical = own.Length > 1 ? own.TrimEnd('/') : own;
        if (canonical.Length == 0) canonical = "/";
        canonical = canonical.ToLowerInvariant();
        var segments = canonical.Split('/');
        if (segments.Length is 3 or 4 && segments[1] == "paper" && PartSlug(segments[2]) is { } slug)
            segments[2] = slug;
        canonical = string.Join('/', segments);
        return canonical == path ? null : canonical;
    }

    /// <summary>"commitment", "ii" or "2" → "commitments"; null for what names no part.</summary>
    private string? PartSlug(string key) =>
        library.Paper.Parts.FirstOrDefault(p => p.Slug == key || (p.ItemNoun.Length > 0 && p.ItemNoun == key))?.Slug ?? library.Paper.FindPart(key)?.Slug;
}
