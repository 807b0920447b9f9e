using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Coaching.Users;

/// <summary>The <c>Users</c> section: what a user is answered in when neither they nor their client say.</summary>
public sealed class UsersOptions
{
    public const string SectionName = "Users";

    /// <summary>The language of users whose client names no locale: <c>zh-CN</c> or <c>en-US</c>.</summary>
    [Required]
    [RegularExpression("^(zh-CN|en-US)$")]
    public string DefaultCulture { get; set; } = "zh-CN";

    /// <summary>The IANA zone of users who set none and whose client reports none.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Asia/Shanghai";
}
