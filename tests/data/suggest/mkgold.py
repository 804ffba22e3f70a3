import json, sys
def gold(name, items):
    t=open(name+'.txt',encoding='utf-8').read()
    out=[]
    for quote, speaker, mode in items:
        i=t.find(quote); assert i>=0, quote
        assert t.find(quote,i+1)<0, quote
        out.append(dict(start=i,end=i+len(quote),quote=quote,prefix=t[max(0,i-32):i],suffix=t[i+len(quote):i+len(quote)+32],speaker=speaker,stance="",target="",mode=mode))
    out.sort(key=lambda g:g['start'])
    json.dump(out,open(name+'.gold.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
exec(open(sys.argv[1]).read())
