namespace SalesCoachBot.Coaching.Users;

/// <summary>What a user does in the product; stored as its name.</summary>
public enum UserRole
{
    Rep,
    Manager,
    NewHire,
    Admin,
}
