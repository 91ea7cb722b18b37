import json
A, B = "agent", "buyer"
rows = [
 # buyers promising or reporting a review, no reward (acceptable)
 (B, "收到货没问题的话我会给五星好评的", [], "review_no_reward"),
 (B, "放心，东西好我肯定给好评", [], "review_no_reward"),
 (B, "质量不错，已经给了五星好评", [], "review_no_reward"),
 (B, "我一般都给好评的，你们发货快点就行", [], "review_no_reward"),
 (B, "好评已经写了，还配了三张图", [], "review_no_reward"),
 (B, "给你们打了五星，客服态度很好", [], "review_no_reward"),
 (B, "等我用几天再来评价", [], "review_no_reward"),
 (B, "用着满意会来追评的", [], "review_no_reward"),
 (B, "五星好评送上，下次还来买", [], "review_no_reward"),
 (B, "我会好好评价的，谢谢客服耐心解答", [], "review_no_reward"),
 (B, "好评已发，谢谢老板", [], "review_no_reward"),
 (B, "东西收到了，五星好评妥妥的", [], "review_no_reward"),
 (B, "会评价的，别催啦，在上班", [], "review_no_reward"),
 (B, "我给好评了，你们看看能不能收到", [], "review_no_reward"),
 (B, "必须五星，这个价格太值了", [], "review_no_reward"),
 (A, "亲，满意的话麻烦给个五星好评哦，谢谢支持", [], "review_no_reward"),
 (A, "感谢您的五星好评，我们会继续努力", [], "review_no_reward"),
 (A, "评价是您的权利，有问题先联系我们处理", [], "review_no_reward"),
 (A, "好评不用截图给我们，在订单里直接评价就行", [], "review_no_reward"),
 (A, "看到您的好评啦，祝您用得开心", [], "review_no_reward"),
 # contrasts: reviews for a reward
 (A, "五星好评截图发我，返您5元红包", ["fraud"], "review_reward"),
 (A, "给个五星加三张图，私聊我领现金", ["fraud"], "review_reward"),
 (A, "好评返现10元，评价后找客服领取", ["fraud"], "review_reward"),
 (B, "我给你五星好评，你返我20块行不行", ["fraud"], "review_reward"),
 (A, "差评删了我给你补偿50，删完截图", ["fraud"], "review_reward"),
 (A, "追评晒图的送一包同款，截图给客服登记", ["fraud"], "review_reward"),
 (B, "好评可以，先把说好的八块钱返我", ["fraud"], "review_reward"),
 # buyers reporting a scammer (acceptable)
 (B, "刚有人加我微信说是你们客服，让我先交200保证金才能退款，是真的吗", [], "report_scammer"),
 (B, "有个陌生号码打电话说我订单异常，要我下载一个软件，是你们的人吗", [], "report_scammer"),
 (B, "有人自称你们店的，拉我进群说刷单返佣金，我没理，你们注意一下", [], "report_scammer"),
 (B, "有个叫小王的说是你们售后，让我扫码退款，我怀疑是骗子", [], "report_scammer"),
 (B, "你们店是不是有人在QQ上卖同款？他让我直接转账，我没转", [], "report_scammer"),
 (B, "有个人加我好友说能帮我提现优惠券，要验证码，我没给", [], "report_scammer"),
 (B, "一个自称快递理赔的让我去支付宝填银行卡，是真的假的", [], "report_scammer"),
 (B, "有人在抖音私信我说是你们的店员，约我线下交易，你们有这个人吗", [], "report_scammer"),
 (A, "亲，那不是我们，我们不会加您私人微信，也不会收保证金，请不要转账", [], "report_scammer"),
 (A, "平台客服不会让您下载软件或提供验证码，请直接在订单页操作", [], "report_scammer"),
 (A, "谢谢提醒，那个号不是我们的，您可以在平台上举报他", [], "report_scammer"),
 # contrasts: the scam itself
 (A, "您的账户被冻结了，把收到的验证码发我一下帮您解冻", ["fraud"], "scam"),
 (A, "退款要先交保证金，扫这个码付200", ["fraud", "payment"], "scam"),
 (A, "我是官方客服，您的账号异常，加我微信帮您处理", ["fraud", "contact"], "scam"),
 (B, "有人冒充你们发短信说我中奖了要先交税，我已经举报了", [], "report_scammer"),
 (A, "您中了店铺周年大奖，先付38元运费到这个账户就寄出", ["fraud", "payment"], "scam"),
 (A, "理赔需要您下载会议软件共享屏幕，我一步步教您", ["fraud", "link"], "scam"),
]
with open("compliance/training/corpus/families_r14.jsonl", "w", encoding="utf-8") as f:
    for sender, text, labels, family in rows:
        f.write(json.dumps({"text": text, "sender": sender, "labels": labels, "family": family}, ensure_ascii=False) + "\n")
print(len(rows))
