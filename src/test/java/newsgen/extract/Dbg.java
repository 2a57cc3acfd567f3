package newsgen.extract;
public class Dbg { public static void main(String[] a){
  var art = Articles.body(a[0]);
  var t = new ArticleText(art);
  var p = t.paras.get(0);
  for (var tok : p.tokens()) System.out.print(tok.text()+(tok.cap()?"^":"")+(tok.initial()?"!":"")+" ");
  System.out.println();
  for (var r : NameRuns.runs(p)) System.out.println("run "+p.surface(r.from(), r.to())+" -> "+new PersonRules().person(p,r));
  for (var m : p.matches()) System.out.println("gaz "+m);
}}
