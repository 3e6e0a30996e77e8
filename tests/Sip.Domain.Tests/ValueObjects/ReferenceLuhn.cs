namespace Sip.Domain.Tests.ValueObjects;

/// <summary>
/// A second, independent Luhn, written as the textbook validity check (double every other digit
/// from the right, the sum ends in 0) rather than as the production code's check-digit formula.
/// It vouches for hand-computed test data and generates more of it.
/// </summary>
internal static class ReferenceLuhn
{
    public static bool IsValid(string tenDigits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = tenDigits.Length - 1; i >= 0; i--)
        {
            var digit = tenDigits[i] - '0';
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>Tries each candidate digit; slow and obviously right.</summary>
    public static char CheckDigitFor(string nineDigits)
    {
        for (var candidate = '0'; candidate <= '9'; candidate++)
        {
            if (IsValid(nineDigits + candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Luhn always has exactly one check digit.");
    }
}
