namespace GsiPortal.Web.Pages;

/// <summary>
/// Why an address names nothing, when the handler that refused it knows ("the paper has twenty priorities; 'III.21'
/// names none"): kept on the request so that the re-executed not-found page can say it.
/// </summary>
public static class NotFoundReason
{
    private static readonly object Key = new();
    private static readonly object ProblemKey = new();

    public static void Set(HttpContext context, string reason) => context.Items[Key] = reason;

    public static string? Of(HttpContext context) => context.Items[Key] as string;

    /// <summary>
    /// The detail of the problem a program's address answered (a citation of nothing, an unknown format), when a
    /// browser asked (<see cref="Hosting.ReaderErrors"/>): the page says it where it has no better suggestion of its own.
    /// </summary>
    public static void SetProblem(HttpContext context, string detail) => context.Items[ProblemKey] = detail;

    public static string? ProblemOf(HttpContext context) => context.Items[ProblemKey] as string;
}
