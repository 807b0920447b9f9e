using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.PowerMap;

/// <summary>
/// Empty, or an absolute https URL without query or fragment. Plain http is accepted for loopback only:
/// Teams clients fetch card images over https, and a local playground runs on 127.0.0.1.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PublicBaseUrlAttribute : ValidationAttribute
{
    public PublicBaseUrlAttribute()
        : base("{0} must be an absolute https URL (http only for loopback), without query or fragment.")
    {
    }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string text when string.IsNullOrWhiteSpace(text) => true,
        string text => Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsAcceptable(uri),
        _ => false,
    };

    private static bool IsAcceptable(Uri uri) =>
        string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment)
        && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
