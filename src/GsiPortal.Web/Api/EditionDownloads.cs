using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Publishing;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GsiPortal.Web.Api;

/// <summary>
/// The whole edition as a book: <c>/download/edition.epub</c> and <c>/download/edition.pdf</c> (A4, or US Letter with
/// <c>?paper=letter</c>). The bytes are the edition's own, built the first time they are asked for and kept with it
/// (<see cref="Publications"/>), so a request only hands them out. The ETag is the edition's version; the file name
/// states it too, so two editions downloaded side by side never overwrite each other.
/// </summary>
public static class EditionDownloads
{
    public static void MapEditionDownloads(this IEndpointRouteBuilder app)
    {
        // Literal routes: they win over /download/{file} without being checked by it.
        app.MapGet(Routes.EditionEpub, Epub).WithTags(ApiTags.Texts).WithName("EditionEpub").WithSummary("The whole edition, paper and commentaries, as EPUB 3.")
            .Produces<byte[]>(StatusCodes.Status200OK, EpubBook.MediaType).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet(Routes.EditionPdf, Pdf).WithTags(ApiTags.Texts).WithName("EditionPdf").WithSummary("The whole edition as PDF: A4, or US Letter with ?paper=letter.")
            .Produces<byte[]>(StatusCodes.Status200OK, PdfBook.MediaType).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> Epub(HttpContext context, Edition edition)
    {
        var (bytes, problem) = Built("EPUB", () => edition.Publications.Epub(PublicOrigin(context)));
        if (problem is not null) return problem;
        PortalCors.AddLicenseLink(context);
        return TypedResults.File(bytes, EpubBook.MediaType, $"gsiportal-{edition.Version}.epub",
            entityTag: new EntityTagHeaderValue($"\"{edition.Version}-epub\""));
    }

    /// <summary>
    /// The origin a book's title page names: the configured one only. The bytes are kept with the edition and handed to
    /// every reader, so a request's Host (which SiteOrigin falls back on) must not reach them.
    /// </summary>
    private static string? PublicOrigin(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value.PublicOrigin?.TrimEnd('/') is { Length: > 0 } origin ? origin : null;

    /// <summary>
    /// A book's bytes, or a 503 problem when it cannot be built here — the PDF needs fonts on the machine (PdfFonts names the
    /// package): that is the operator's to mend, and the reader gets a 503 saying so, never a 500.
    /// </summary>
    private static (byte[] Bytes, ProblemHttpResult? Problem) Built(string what, Func<byte[]> book)
    {
        try
        {
            return (book(), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ([], TypedResults.Problem(title: $"The {what} cannot be made on this server", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable));
        }
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> Pdf(string? paper, HttpContext context, Edition edition)
    {
        BookPaper? size = paper?.ToLowerInvariant() switch
        {
            null or "" or "a4" => BookPaper.A4,
            "letter" => BookPaper.Letter,
            _ => null,
        };
        if (size is not { } chosen)
            return Problems.BadRequest("Unknown paper size", $"paper={paper} is not a size the edition is laid out for: use a4 (the default) or letter.");
        var (bytes, problem) = Built("PDF", () => edition.Publications.Pdf(chosen, PublicOrigin(context)));
        if (problem is not null) return problem;
        PortalCors.AddLicenseLink(context);
        var suffix = chosen == BookPaper.Letter ? "-letter" : "";
        return TypedResults.File(bytes, PdfBook.MediaType, $"gsiportal-{edition.Version}{suffix}.pdf",
            entityTag: new EntityTagHeaderValue($"\"{edition.Version}-pdf{suffix}\""));
    }
}
