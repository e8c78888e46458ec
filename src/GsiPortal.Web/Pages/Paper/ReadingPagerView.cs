using GsiPortal.Core.Addresses;
using GsiPortal.Core.Reading;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>Previous and next through the whole paper (<see cref="ReadingOrder"/>), with the way up to the part or, from Part I, the contents.</summary>
public sealed record ReadingPagerView(ReadingStop Stop, ReadingOrder Order)
{
    public ReadingStop? Previous => Order.Around(Stop).Previous;
    public ReadingStop? Next => Order.Around(Stop).Next;
    public string UpAddress => Stop.Kind == StopKind.Part ? Routes.Paper : AddressBook.Part(Stop.Part);
    public string UpText => Stop.Kind == StopKind.Part ? "Contents" : $"All {Stop.Part.Slug}";
}
