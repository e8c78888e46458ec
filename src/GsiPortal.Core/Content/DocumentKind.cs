namespace GsiPortal.Core.Content;

/// <summary>What a content file is: the concept paper itself or a commentary on it.</summary>
public enum DocumentKind
{
    Paper,
    Commentary,
}
