//! The one way a discount is written (`6.2折`), used by every rule and the
//! title generator: the price over the original price, in tenths of 折,
//! rounded *up*, so the copy never promises more than the sale gives
//! (79/129 is 6.12…, written 6.2折, never 6.1折).

use std::fmt;

/// A discount in tenths of 折 (`62` is 6.2折).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Discount(pub u32);

impl Discount {
    /// The discount of `price` against `original`, both in fen. `None`
    /// when there is none worth stating: no original price, a price at
    /// or above it, or a ratio that rounds up to 10折.
    pub fn of_fen(price: u64, original: u64) -> Option<Discount> {
        if original == 0 || price >= original {
            return None;
        }
        let tenths = (u128::from(price) * 100).div_ceil(u128::from(original));
        u32::try_from(tenths)
            .ok()
            .filter(|t| *t < 100)
            .map(Discount)
    }

    /// [`Discount::of_fen`] of prices in yuan, as front matter declares them.
    pub fn of_yuan(price: f64, original: f64) -> Option<Discount> {
        let fen =
            |yuan: f64| (yuan.is_finite() && yuan >= 0.0).then(|| (yuan * 100.0).round() as u64);
        Discount::of_fen(fen(price)?, fen(original)?)
    }
}

/// `6.2`, `5` — the number before 折.
impl fmt::Display for Discount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 % 10 {
            0 => write!(f, "{}", self.0 / 10),
            tenth => write!(f, "{}.{tenth}", self.0 / 10),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(price: f64, original: f64) -> Option<String> {
        Discount::of_yuan(price, original).map(|d| d.to_string())
    }

    #[test]
    fn rounds_the_tenths_up_so_a_discount_is_never_overstated() {
        // 79/129 = 0.612…: 6.1折 would promise more than the sale gives.
        assert_eq!(show(79.0, 129.0).as_deref(), Some("6.2"));
        assert_eq!(show(199.0, 299.0).as_deref(), Some("6.7"));
        assert_eq!(show(149.0, 299.0).as_deref(), Some("5"));
        assert_eq!(show(45.0, 90.0).as_deref(), Some("5"));
        assert_eq!(show(19.9, 39.9).as_deref(), Some("5"));
        assert_eq!(show(0.01, 299.0).as_deref(), Some("0.1"));
    }

    #[test]
    fn no_discount_is_not_written() {
        assert_eq!(show(299.0, 299.0), None);
        assert_eq!(show(298.0, 299.0), None);
        assert_eq!(show(1.0, 0.0), None);
        assert_eq!(show(f64::NAN, 10.0), None);
    }
}
