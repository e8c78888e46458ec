namespace GsiPortal.Core.Search;

/// <summary>The kinds of searchable unit, as they appear in filters and in the API.</summary>
public static class UnitKinds
{
    public const string Background = "background";
    public const string Commitment = "commitment";
    public const string Priority = "priority";
    public const string Platform = "platform";
    public const string Paper = "paper";
    public const string Commentary = "commentary";

    public static IReadOnlyList<string> All { get; } = [Background, Commitment, Priority, Platform, Paper, Commentary];

    /// <summary>
    /// A numbered item or passage of the paper outranks a commentary paragraph that repeats its words:
    /// its score is multiplied by this. A commentary that matches clearly better still wins.
    /// </summary>
    public static float RankFactor(string kind) => kind == Commentary ? 1f : 1.6f;
}
