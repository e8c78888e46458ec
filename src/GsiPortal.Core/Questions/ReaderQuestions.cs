namespace GsiPortal.Core.Questions;

/// <summary>
/// The readers' questions (content/reader-questions.yml): for each search unit, the questions and searches a reader
/// brings to it, written by an editor from the texts alone ("using hunger as a weapon" for the priority on food
/// security) — a reference desk's FAQ, what search engines call document expansion. They are the editors' words, never
/// the texts': the meaning path compares a reader's query with them, like with like, and a result they found or raised
/// says so (the API names the question; the page the subject index's entry nearest it, <see cref="Subjects.IndexEntry"/>); nothing shows one as the text's words or marks it in a text. Read and
/// checked with the content (<see cref="ReaderQuestionsReader"/>); part of the cache version, not of the edition.
/// </summary>
public sealed class ReaderQuestions
{
    public const string FileName = "reader-questions.yml";

    public static ReaderQuestions Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> byUnit;

    /// <param name="byUnit">Each unit's id ("paper/priority-18", "lei-kezhong/p12") and its questions, as the editors wrote them.</param>
    public ReaderQuestions(IReadOnlyDictionary<string, IReadOnlyList<string>> byUnit) => this.byUnit = byUnit;

    /// <summary>The questions listed under a unit, in the editors' order; empty for a unit the file does not list.</summary>
    public IReadOnlyList<string> Of(string unitId) => byUnit.TryGetValue(unitId, out var questions) ? questions : [];

    /// <summary>Every unit listed, with its questions.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByUnit => byUnit;

    /// <summary>How many questions in all.</summary>
    public int Count => byUnit.Values.Sum(q => q.Count);
}
