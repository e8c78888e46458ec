using GsiPortal.Core.Content;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// <c>validate</c>: checks the content folder, prints each problem with file and line, exits non-zero on any. On
/// valid content it also proposes, for the editors' glossary, the recurring phrases it does not hold yet.
/// </summary>
public static class ValidateCommand
{
    public static int Run(WebApplicationBuilder builder)
    {
        builder.Services.AddPortalOptions();
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value;
        return Run(ContentFolder.Resolve(options.ContentPath, builder.Environment.ContentRootPath), Console.Out, Console.Error, options.ContentLimits);
    }

    /// <summary>Checks <paramref name="folder"/> within the limits the site reads it with (<c>Portal:MaxContentFileBytes</c>).</summary>
    public static int Run(string folder, TextWriter output, TextWriter errors, ContentLimits? limits = null)
    {
        var result = ContentLoader.Load(folder, limits);
        foreach (var error in result.Errors) errors.WriteLine(error);
        if (!result.IsValid)
        {
            errors.WriteLine($"{result.Errors.Count} problem(s) in {folder}");
            return ExitCodes.ContentRefused;
        }
        var library = result.Library!;
        // Warnings do not refuse the content (an entry of the subject index or of the readers' questions left out): printed, the exit still success.
        foreach (var warning in result.Warnings) errors.WriteLine($"warning: {warning}");
        output.WriteLine($"{folder}: valid. {library.Documents.Count} documents: the paper ({library.Paper.Parts.Count} parts, {library.Paper.Items.Count()} numbered items) and {library.Commentaries.Count} commentaries; a glossary of {library.Glossary.Count} terms.");
        var candidates = new GsiPortal.Core.CrossReferences.KeyTerms(library).Candidates;
        if (candidates.Count > 0)
        {
            output.WriteLine($"Recurring phrases the glossary does not hold ({candidates.Count}, most characteristic first; candidates only, never shown on the site):");
            foreach (var c in candidates.Take(30)) output.WriteLine($"  {c.Phrase} ({c.Count} times in {c.Occurrences.Select(o => o.Paragraph.Document).Distinct().Count()} texts)");
        }
        return ExitCodes.Success;
    }
}
