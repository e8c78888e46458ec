using GsiPortal.Core.Content;

namespace GsiPortal.Core.Questions;

/// <summary>
/// Reads content/reader-questions.yml — under each unit's id, its questions as a list (<c>paper/priority-18:</c>, then
/// <c>  - using hunger as a weapon</c> lines, or <c>[]</c>) — and checks it against the units search makes of the
/// library (<see cref="UnitListsFile"/>): every problem is a warning naming its line that leaves out that entry (or that
/// question), never a refusal.
/// </summary>
internal static class ReaderQuestionsReader
{
    /// <summary>Longer than any question a reader types (the editors were asked for fewer than 15 words).</summary>
    internal const int MaxQuestionLength = 160;

    private static readonly UnitListsFile File = new()
    {
        FileName = ReaderQuestions.FileName, Item = "question", Shape = "'paper/priority-18:' and under it '  - a question' lines",
        MaxLength = MaxQuestionLength,
    };

    /// <param name="yaml">The file's text; null or blank: no questions.</param>
    /// <param name="unitIds">The ids of the library's search units, which the entries must name.</param>
    /// <param name="warnings">Where each problem is added, with the file's name and its line.</param>
    public static ReaderQuestions Read(string? yaml, IReadOnlySet<string> unitIds, List<ContentError> warnings) =>
        File.Read(yaml, unitIds, warnings) is { Count: > 0 } byUnit ? new ReaderQuestions(byUnit) : ReaderQuestions.Empty;
}
