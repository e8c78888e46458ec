using System.Globalization;

namespace GsiPortal.Core.Content;

/// <summary>
/// Where a text was first published and when the copy the site edits was captured — only as far as the captured source
/// records them (the sources' README): the paper's footnote gives the ministry's address; no capture gives its date,
/// and no commentary's gives the address it was taken from. What is not recorded is said to be so, never supplied.
/// </summary>
public sealed record Provenance(string? OriginalAddress, DateOnly? Captured)
{
    /// <summary>The page's words where the source records no address for the original.</summary>
    public const string NoOriginalAddress = "Not recorded: the captured source gives no address for the original.";

    /// <summary>The page's words where the capture records no date.</summary>
    public const string NoCaptureDate = "Not recorded: the captured source gives no date for its capture.";

    public static Provenance Of(Document document) =>
        new(string.IsNullOrWhiteSpace(document.Meta.SourceUrl) ? null : document.Meta.SourceUrl.Trim(), ReadDay(document.Meta.Captured));

    /// <summary>"5 December 2026", as the pages write a day.</summary>
    public string? CapturedDisplay => Captured?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// What the data formats' note says: "Captured on 2026-12-05" where recorded; what is not recorded, in one line,
    /// so that a reference manager's copy does not read as if the site had simply left it out. The original's address
    /// itself has its own line ("Originally published at …").
    /// </summary>
    public string? Note => (OriginalAddress, Captured) switch
    {
        (null, null) => "Original address and capture date not recorded in the captured source",
        (_, null) => "Capture date not recorded in the captured source",
        (null, { } day) => $"Captured on {day:yyyy-MM-dd}; original address not recorded in the captured source",
        (_, { } day) => $"Captured on {day:yyyy-MM-dd}",
    };

    /// <summary>A front-matter day, YYYY-MM-DD; null when absent or not one.</summary>
    public static DateOnly? ReadDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
