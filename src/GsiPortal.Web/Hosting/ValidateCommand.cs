using GsiPortal.Core.Content;

namespace GsiPortal.Web.Hosting;

/// <summary><c>validate</c>: checks the content folder, prints each problem with file and line, exits non-zero on any.</summary>
public static class ValidateCommand
{
    public static int Run(WebApplicationBuilder builder)
    {
        builder.Services.AddPortalOptions();
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value;
        return Run(ContentFolder.Resolve(options.ContentPath, builder.Environment.ContentRootPath), Console.Out, Console.Error);
    }

    public static int Run(string folder, TextWriter output, TextWriter errors)
    {
        var result = ContentLoader.Load(folder);
        foreach (var error in result.Errors) errors.WriteLine(error);
        if (!result.IsValid)
        {
            errors.WriteLine($"{result.Errors.Count} problem(s) in {folder}");
            return 1;
        }
        var library = result.Library!;
        output.WriteLine($"{folder}: valid. {library.Documents.Count} documents: the paper ({library.Paper.Parts.Count} parts, {library.Paper.Items.Count()} numbered items) and {library.Commentaries.Count} commentaries.");
        return 0;
    }
}
