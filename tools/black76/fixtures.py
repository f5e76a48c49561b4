#!/usr/bin/env python3
"""Black-76 fixtures for gateway-war's Black76Test, computed independently of the Java code.

Uses scipy (scipy.stats.norm for the normal distribution, scipy.optimize.brentq for the implied
volatility): Debian's python3-scipy (`apt-get install python3-scipy`, then /usr/bin/python3), or any
scipy; fixtures.csv was made with scipy 1.17.1, optiongreeks.csv (the optiongreeks endpoint's numbers, in
OpenAlgo's units: OptionGreeksTest) with Debian 12's python3-scipy 1.10.1 through /usr/bin/python3; the
two agree to 1e-12. Regenerate with:

    python3 tools/black76/fixtures.py > gateway-war/src/test/resources/black76/fixtures.csv
    python3 tools/black76/fixtures.py --optiongreeks > gateway-war/src/test/resources/black76/optiongreeks.csv

Units, as Black76.java: time in years, rate and volatility as decimals; theta is the change of the
price per year of calendar time (d price / d t = -d price / d T), vega per unit of volatility, rho per
unit of rate (the forward held fixed, so rho = -T * price).
"""
import math
import sys

from scipy.optimize import brentq
from scipy.stats import norm


def black76(kind, forward, strike, years, rate, vol):
    sqrt_t = math.sqrt(years)
    d1 = (math.log(forward / strike) + 0.5 * vol * vol * years) / (vol * sqrt_t)
    d2 = d1 - vol * sqrt_t
    discount = math.exp(-rate * years)
    if kind == "CE":
        price = discount * (forward * norm.cdf(d1) - strike * norm.cdf(d2))
        delta = discount * norm.cdf(d1)
    else:
        price = discount * (strike * norm.cdf(-d2) - forward * norm.cdf(-d1))
        delta = -discount * norm.cdf(-d1)
    gamma = discount * norm.pdf(d1) / (forward * vol * sqrt_t)
    vega = forward * discount * norm.pdf(d1) * sqrt_t
    theta = rate * price - forward * discount * norm.pdf(d1) * vol / (2 * sqrt_t)
    rho = -years * price
    return price, delta, gamma, theta, vega, rho


def implied(kind, forward, strike, years, rate, price):
    return brentq(lambda v: black76(kind, forward, strike, years, rate, v)[0] - price, 1e-6, 5.0,
                  xtol=1e-14, rtol=1e-14, maxiter=500)


CASES = [
    # kind, forward, strike, years, rate, volatility
    ("CE", 24000.0, 24000.0, 7 / 365, 0.065, 0.13),
    ("PE", 24000.0, 24000.0, 7 / 365, 0.065, 0.13),
    ("CE", 24150.5, 23800.0, 30 / 365, 0.07, 0.16),
    ("PE", 24150.5, 23800.0, 30 / 365, 0.07, 0.16),
    ("CE", 51200.0, 52500.0, 2 / 365, 0.065, 0.18),
    ("PE", 51200.0, 52500.0, 2 / 365, 0.065, 0.18),
    ("CE", 2950.0, 3100.0, 90 / 365, 0.0, 0.28),
    ("PE", 2950.0, 2700.0, 90 / 365, 0.0, 0.28),
    ("CE", 100.0, 100.0, 1.0, 0.05, 0.2),
    ("PE", 100.0, 120.0, 0.5, 0.03, 0.45),
]


def model_fixtures():
    print("kind,forward,strike,years,rate,volatility,price,delta,gamma,theta,vega,rho,implied_volatility")
    for kind, forward, strike, years, rate, vol in CASES:
        price, delta, gamma, theta, vega, rho = black76(kind, forward, strike, years, rate, vol)
        iv = implied(kind, forward, strike, years, rate, price)
        print(",".join([kind] + [repr(float(x)) for x in (forward, strike, years, rate, vol, price, delta, gamma,
                                                    theta, vega, rho, iv)]))


def optiongreeks_fixtures():
    """What the optiongreeks endpoint answers, in OpenAlgo's units, from a market price.

    The inputs are what a client sends or the gateway knows (forward, strike, years to expiry, the
    rate in percent, the option's price); the price is made from the case's volatility, so the
    implied volatility must come back as that volatility (the round trip). Outputs: implied volatility
    in percent, delta, gamma, theta per calendar day, vega and rho per percentage point, all computed at
    the implied volatility scipy's brentq finds.
    """
    print("kind,forward,strike,years,rate_percent,option_price,input_volatility_percent,"
          "implied_volatility_percent,delta,gamma,theta_per_day,vega_per_percent,rho_per_percent")
    for kind, forward, strike, years, rate, vol in CASES + GREEKS_CASES:
        price = black76(kind, forward, strike, years, rate, vol)[0]
        iv = implied(kind, forward, strike, years, rate, price)
        _, delta, gamma, theta, vega, rho = black76(kind, forward, strike, years, rate, iv)
        print(",".join([kind] + [repr(float(x)) for x in (forward, strike, years, rate * 100, price, vol * 100,
                                                    iv * 100, delta, gamma, theta / 365, vega / 100, rho / 100)]))


GREEKS_CASES = [
    # Deep in and out of the money, long and short dated, as an option chain's wings are.
    ("CE", 24000.0, 22000.0, 5 / 365, 0.065, 0.2),
    ("PE", 24000.0, 26000.0, 5 / 365, 0.065, 0.2),
    ("CE", 24000.0, 25500.0, 60 / 365, 0.065, 0.14),
    ("PE", 52000.0, 50000.0, 20 / 365, 0.07, 0.17),
    ("CE", 1300.0, 1320.0, 0.5 / 365, 0.065, 0.35),
]

if __name__ == "__main__":
    if sys.argv[1:] == ["--optiongreeks"]:
        optiongreeks_fixtures()
    else:
        model_fixtures()
