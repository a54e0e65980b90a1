import { describe, expect, it } from 'vitest';
import { findPaymentEffects } from '../../src/analyses/payment-effects.js';
import { withSourceCode } from './probe.js';

/** The kinds of money-moving effects found in `code`. */
const kinds = (code: string) => withSourceCode(code, (sourceCode, program) => findPaymentEffects(sourceCode, program).map((effect) => effect.kind));

describe('findPaymentEffects', () => {
  it.each([
    ["await Order.updateOne({ _id: id }, { $set: { status: 'paid' } });", ['paid']],
    ["await supabase.from('orders').update({ status: 'completed' }).eq('id', id);", ['paid']],
    ["await prisma.payment.update({ where: { id }, data: { status: 'SUCCESS' } });", ['paid']],
    ['await Order.findByIdAndUpdate(id, { isPaid: true, paidAt: new Date() });', ['paid', 'paid']],
    ["order.status = 'completed';", ['paid']],
    ['order.paid = true;', ['paid']],
    ["await db.query(\"UPDATE orders SET status = 'paid' WHERE id = ?\", [id]);", ['paid']],
    ['await Wallet.updateOne({ phone }, { $inc: { balance: amount } });', ['credit']],
    ['await prisma.user.update({ where: { id }, data: { credits: { increment: amount } } });', ['credit']],
    ['wallet.balance += amount;', ['credit']],
    ['await User.updateOne({ _id }, { balance: user.balance + amount });', ['credit']],
    ['await db.query("UPDATE wallets SET balance = balance + ? WHERE id = ?", [amount, id]);', ['credit']],
    ['await Voucher.create({ code, minutes });', ['grant']],
    ['await activateSubscription(user, plan);', ['grant']],
    ['await markOrderPaid(orderId);', ['paid']],
    ['await fulfillOrder(orderId);', ['fulfil']],
    ['await creditWallet(phone, amount);', ['credit']],
  ])('%s → %j', (code, expected) => {
    expect(kinds(code)).toEqual(expected);
  });

  it.each([
    "res.json({ status: 'paid' });",
    "console.log({ status: 'paid' });",
    "await Job.updateOne({ _id }, { status: 'completed' });",
    "job.status = 'completed';",
    "await Order.updateOne({ _id }, { status: 'failed' });",
    'order.paid = false;',
    'await Order.find({ paid: true });',
    'const paidOrders = await getPaidOrders();',
    'await Wallet.updateOne({ phone }, { $inc: { balance: -amount } });',
    "await CallbackLog.create({ payload: body, state: 'received' });",
    'function summary() { return { isPaid: true }; }',
  ])('no effect: %s', (code) => {
    expect(kinds(code)).toEqual([]);
  });
});
