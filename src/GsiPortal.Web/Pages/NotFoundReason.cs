namespace GsiPortal.Web.Pages;

/// <summary>
/// Why an address names nothing, when the handler that refused it knows ("the paper has twenty priorities; 'III.21'
/// names none"): kept on the request so that the re-executed not-found page can say it.
/// </summary>
public static class NotFoundReason
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, string reason) => context.Items[Key] = reason;

    public static string? Of(HttpContext context) => context.Items[Key] as string;
}
