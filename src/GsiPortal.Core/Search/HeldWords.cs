namespace GsiPortal.Core.Search;

/// <summary>
/// What one unit holds of a query whose words found nothing: the share of the query's weight it holds (weighed as
/// relaxation's floor weighs it), the words of the subject it lacks (as typed, in lower case; not the words of general
/// English the floor weighs lightly), and whether any word it lacks was typed with a capital — a name ("Sudan",
/// "Tibet", "NATO"), which no other word of a passage stands for. Read by the meaning path
/// (<see cref="Meaning.MeaningRule"/>, the twelfth turn), never shown.
/// </summary>
internal sealed record HeldWords(double Share, IReadOnlyList<string> Lacking, bool LacksName);
