// A trader's journey with OpenAlgo's official Node client (npm `openalgo`), pointed at AlgoGate by
// changing only the host, as OpenAlgoClientIT runs it.
//
//   OPENALGO_HOST=http://localhost:9180 OPENALGO_API_KEY=<key> node client-journey.mjs <journey>
//
// Journeys: place-cancel, place-modify-cancel, close-position. Each client call prints one JSON line
// on stdout: {"call":"<method>","ok":true,"response":<body>} for a 2xx answer, or
// {"call":"<method>","ok":false,"httpStatus":<code>,"response":<body or null>,"error":"<text>"}
// when the client throws (axios throws on any non-2xx). The client sends numbers as strings.
import OpenAlgo from 'openalgo';

const host = process.env.OPENALGO_HOST;
const apiKey = process.env.OPENALGO_API_KEY;
const journey = process.argv[2];
if (!host || !apiKey || !journey) {
  console.error('usage: OPENALGO_HOST=... OPENALGO_API_KEY=... node client-journey.mjs <journey>');
  process.exit(2);
}

const client = new OpenAlgo(apiKey, host);
const strategy = 'NodeClientIT';

// The client logs failures itself (console.error: stderr); this keeps stdout one line per call.
async function call(name, args) {
  try {
    const response = await client[name](args);
    console.log(JSON.stringify({ call: name, ok: true, response }));
    return response;
  } catch (error) {
    const answer = error.response;
    console.log(JSON.stringify({
      call: name,
      ok: false,
      httpStatus: answer ? answer.status : null,
      response: answer ? answer.data : null,
      error: String(error.message || error),
    }));
    return null;
  }
}

// A LIMIT buy well below the sandbox's price waits in the book, so it can be modified and cancelled.
// `price` is not one of placeOrder's named parameters: it travels in `...rest`, as a string like the
// client's own numbers.
function waitingBuy() {
  return call('placeOrder', {
    strategy, exchange: 'NSE', symbol: 'SBIN', action: 'BUY', priceType: 'LIMIT', product: 'MIS',
    quantity: 2, price: '100',
  });
}

const journeys = {
  'place-cancel': async () => {
    const placed = await waitingBuy();
    if (placed && placed.orderid) {
      await call('cancelOrder', { orderId: placed.orderid, strategy });
    }
  },
  'place-modify-cancel': async () => {
    const placed = await waitingBuy();
    if (placed && placed.orderid) {
      // modifyOrder sends quantity and price as strings; OpenAlgo's ModifyOrderSchema also requires
      // disclosed_quantity and trigger_price, which the client only sends through `...rest`.
      await call('modifyOrder', {
        orderId: placed.orderid, strategy, exchange: 'NSE', symbol: 'SBIN', action: 'BUY',
        priceType: 'LIMIT', product: 'MIS', quantity: 3, price: 101.5,
        disclosed_quantity: '0', trigger_price: '0',
      });
      await call('cancelOrder', { orderId: placed.orderid, strategy });
    }
  },
  'close-position': async () => {
    const placed = await call('placeOrder', {
      strategy, exchange: 'NSE', symbol: 'INFY', action: 'BUY', priceType: 'MARKET', product: 'MIS',
      quantity: 1,
    });
    if (placed && placed.orderid) {
      await call('closePosition', { strategy });
    }
  },
};

if (!journeys[journey]) {
  console.error(`unknown journey ${journey}; one of ${Object.keys(journeys).join(', ')}`);
  process.exit(2);
}
await journeys[journey]();
