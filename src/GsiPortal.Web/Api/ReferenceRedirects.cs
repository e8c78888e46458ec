using System.Text.RegularExpressions;
using GsiPortal.Core.Content;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>/ref/II.4</c>: the paper's own numbering as a short reference, redirected permanently (308) to the page.
/// Roman or Arabic part numbers, any case: <c>/ref/ii.4</c>, <c>/ref/2.4</c>, <c>/ref/I</c>.
/// </summary>
public static partial class ReferenceRedirects
{
    [GeneratedRegex(@"^(?<part>[IVXivx]+|[0-9]{1,2})(\.(?<item>[0-9]{1,3}))?$")]
    private static partial Regex Reference();

    public static void MapReferenceRedirects(this IEndpointRouteBuilder app) =>
        app.MapGet("/ref/{reference}", (string reference, ContentStore store) =>
            Resolve(store.Library.Paper, reference) is { } address
                ? Results.Redirect(address, permanent: true, preserveMethod: true)
                : Results.NotFound());

    public static string? Resolve(Paper paper, string reference)
    {
        var match = Reference().Match(reference);
        if (!match.Success || paper.FindPart(match.Groups["part"].Value) is not { } part) return null;
        if (!match.Groups["item"].Success) return Addresses.Part(part);
        return part.FindItem(int.Parse(match.Groups["item"].Value, System.Globalization.CultureInfo.InvariantCulture)) is { } item ? Addresses.Item(item) : null;
    }
}
