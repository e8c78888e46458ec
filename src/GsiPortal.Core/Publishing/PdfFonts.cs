using PdfSharp.Fonts;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The fonts the PDF embeds, read from the machine's own font files: PDFsharp 6 has no font source of its own outside
/// Windows. DejaVu Serif for the texts and DejaVu Sans for the editors' words (Debian's fonts-dejavu-core, which
/// Chromium's packages bring); Liberation when DejaVu is missing; then any TrueType file under the font folders. With
/// Chinese characters come from Droid Sans Fallback where it is installed. With
/// none at all the build fails with a message naming the package to install: nothing is ever downloaded.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Serif = "GsiSerif";
    public const string Sans = "GsiSans";
    /// <summary>For the Chinese characters a source or a note quotes (简体 繁體), which DejaVu does not have.</summary>
    public const string Chinese = "GsiChinese";

    private static readonly string[] Folders = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", @"C:\Windows\Fonts"];

    // Preferred files for each face, in order; the first that exists is used.
    private static readonly Dictionary<string, string[]> Faces = new(StringComparer.Ordinal)
    {
        ["serif"] = ["DejaVuSerif.ttf", "LiberationSerif-Regular.ttf"],
        ["serif-bold"] = ["DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf"],
        ["serif-italic"] = ["DejaVuSerif-Italic.ttf", "LiberationSerif-Italic.ttf"],
        ["serif-bolditalic"] = ["DejaVuSerif-BoldItalic.ttf", "LiberationSerif-BoldItalic.ttf"],
        ["sans"] = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf"],
        ["sans-bold"] = ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"],
        ["sans-italic"] = ["DejaVuSans-Oblique.ttf", "LiberationSans-Italic.ttf"],
        ["sans-bolditalic"] = ["DejaVuSans-BoldOblique.ttf", "LiberationSans-BoldItalic.ttf"],
        // Debian's fonts-droid-fallback; without it Chinese characters show as empty boxes, and the docs say so.
        ["chinese"] = ["DroidSansFallbackFull.ttf", "DroidSansFallback.ttf"],
    };

    private static readonly Lock Gate = new();
    private static bool installed;
    private readonly Dictionary<string, string> files;

    private PdfFonts(Dictionary<string, string> files) => this.files = files;

    /// <summary>Makes this the process's font resolver, once; PDFsharp keeps one for the whole process.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (installed) return;
            GlobalFontSettings.FontResolver ??= new PdfFonts(Locate());
            installed = true;
        }
    }

    /// <summary>Which file each face comes from: the preferred ones, else any TrueType file found.</summary>
    internal static Dictionary<string, string> Locate()
    {
        var all = Folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.ttf", SearchOption.AllDirectories))
            .ToLookup(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
        var any = all.SelectMany(g => g).OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException(
                "No TrueType font was found under " + string.Join(", ", Folders) + " to embed in the PDF: install Debian's fonts-dejavu-core.");
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (face, names) in Faces)
        {
            var file = names.Select(n => all[n].FirstOrDefault()).FirstOrDefault(f => f is not null);
            if (face == "chinese" && file is null) { found[face] = found["serif"]; continue; }
            // A missing style falls back to the regular face of its family, then to whatever font there is.
            found[face] = file ?? (face.Contains('-', StringComparison.Ordinal) && found.TryGetValue(face[..face.IndexOf('-', StringComparison.Ordinal)], out var regular) ? regular : any);
        }
        return found;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        if (familyName == Chinese) return new FontResolverInfo("chinese");
        var family = familyName == Sans ? "sans" : "serif";
        var style = (isBold, isItalic) switch { (true, true) => "-bolditalic", (true, false) => "-bold", (false, true) => "-italic", _ => "" };
        return new FontResolverInfo(family + style);
    }

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(files.TryGetValue(faceName, out var file) ? file : files["serif"]);
}
