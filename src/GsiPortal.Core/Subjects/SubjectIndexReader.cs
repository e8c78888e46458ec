using GsiPortal.Core.Content;

namespace GsiPortal.Core.Subjects;

/// <summary>
/// Reads content/subject-index.yml — one entry a unit, <c>paper/commitment-4: [term, term, …]</c> — and checks it
/// against the units search makes of the library (<see cref="UnitListsFile"/>): every problem is a warning naming its
/// line that leaves out that entry (or that term), never a refusal.
/// </summary>
internal static class SubjectIndexReader
{
    /// <summary>Longer than any index term a reader would type (the indexer writes phrases of one to four words).</summary>
    internal const int MaxTermLength = 80;

    private static readonly UnitListsFile File = new()
    {
        FileName = SubjectIndex.FileName, Item = "term", Shape = "'paper/commitment-4: [term, term]'", MaxLength = MaxTermLength,
    };

    /// <param name="yaml">The file's text; null or blank: no subject index.</param>
    /// <param name="unitIds">The ids of the library's search units, which the entries must name.</param>
    /// <param name="warnings">Where each problem is added, with the file's name and its line.</param>
    public static SubjectIndex Read(string? yaml, IReadOnlySet<string> unitIds, List<ContentError> warnings) =>
        File.Read(yaml, unitIds, warnings) is { Count: > 0 } byUnit ? new SubjectIndex(byUnit) : SubjectIndex.Empty;
}
